namespace SocioRunner.Core.Errors;

/// <summary>
/// Errors raised inside native code (libtorch through TorchSharp's <see cref="System.Runtime.InteropServices.ExternalException"/>)
/// carry the C++ message followed by "Exception raised from ..." and a frame dump of dozens of lines. The console shows
/// only the message; the full text goes to run.log (and to the console with --verbose).
/// </summary>
public static class NativeErrorMessage
{
    static readonly string[] TraceStarts = ["Exception raised from ", "frame #0", "\n  frame #"];

    /// <summary>The message without a native trace: its first line(s) before the trace starts, trimmed.</summary>
    public static string Summary(Exception error)
    {
        string message = error.Message;
        int cut = message.Length;
        foreach (string marker in TraceStarts)
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at < cut) cut = at;
        }
        string head = message[..cut].Trim();
        if (head.Length == 0) head = message.Split('\n', 2)[0].Trim();
        // A native message can still span lines (e.g. a libtorch note); keep the console line single.
        return string.Join(" ", head.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>True when the error came from native code or its message holds a native frame dump.</summary>
    public static bool IsNative(Exception error) =>
        error is System.Runtime.InteropServices.ExternalException || TraceStarts.Any(m => error.Message.Contains(m, StringComparison.Ordinal));
}

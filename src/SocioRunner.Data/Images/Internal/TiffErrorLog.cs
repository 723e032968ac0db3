using System.Globalization;
using BitMiracle.LibTiff.Classic;

namespace SocioRunner.Data.Images.Internal;

/// <summary>
/// Keeps LibTiff's own error text instead of printing it: LibTiff reports the reason of a failure (an unknown
/// compression, a short strip) through a process-wide handler and then only returns false, so the reason has to be
/// caught here to reach the user's error line. Messages are kept per thread because patches decode in parallel, each
/// TIFF on the thread that opened it.
/// </summary>
internal sealed class TiffErrorLog : TiffErrorHandler
{
    [ThreadStatic] static List<string>? messages;

    static TiffErrorLog() => Tiff.SetErrorHandler(new TiffErrorLog());

    /// <summary>Starts collecting this thread's LibTiff errors (forgetting earlier ones).</summary>
    public static void Begin()
    {
        messages ??= [];
        messages.Clear();
    }

    /// <summary>The errors LibTiff reported on this thread since <see cref="Begin"/>, joined; null when there were none.</summary>
    public static string? Reason() => messages is { Count: > 0 } ? string.Join("; ", messages.Distinct()) : null;

    public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) => Record(method, format, args);

    public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }

    // Warnings (unknown private tags such as GDAL's, deprecated fields) say nothing about whether the pixels are right.
    public override void WarningHandler(Tiff tif, string method, string format, params object[] args) { }

    public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }

    static void Record(string method, string format, object[] args)
    {
        string text;
        try { text = args.Length > 0 ? string.Format(CultureInfo.InvariantCulture, format, args) : format; }
        catch (FormatException) { text = format; }
        (messages ??= []).Add(string.IsNullOrEmpty(method) ? text : $"{method}: {text}");
    }
}

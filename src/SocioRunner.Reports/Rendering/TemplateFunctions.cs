using System.Globalization;
using Scriban.Runtime;

namespace SocioRunner.Reports.Rendering;

/// <summary>
/// Formatting helpers the templates call as <c>fmt.number</c>, <c>fmt.signed</c>, <c>fmt.seconds</c>, <c>fmt.path</c> (a relative link target) and
/// <c>fmt.md</c> (Markdown text safe in a table cell: &amp; &lt; &gt; escaped, pipes, emphasis marks and line breaks neutralised). Invariant culture throughout.
/// </summary>
internal static class TemplateFunctions
{
    const string Dash = "—";

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("number", new Func<object?, int, string>(Number));
        functions.Import("signed", new Func<object?, int, string>(Signed));
        functions.Import("seconds", new Func<object?, string>(Seconds));
        functions.Import("md", new Func<object?, string>(MarkdownCell));
        functions.Import("path", new Func<object?, string>(RelativeLink));
        return functions;
    }

    public static string Number(object? value, int digits) =>
        ToDouble(value) is { } number ? number.ToString("F" + Math.Clamp(digits, 0, 10), CultureInfo.InvariantCulture) : Dash;

    public static string Signed(object? value, int digits) =>
        ToDouble(value) is { } number ? (number > 0 ? "+" : "") + Number(number, digits) : Dash;

    public static string Seconds(object? value)
    {
        if (ToDouble(value) is not { } seconds) return Dash;
        if (seconds < 1) return $"{(seconds * 1000).ToString("0", CultureInfo.InvariantCulture)} ms";
        if (seconds < 60) return $"{seconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
        var span = TimeSpan.FromSeconds(seconds);
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : $"{span.Minutes} min {span.Seconds} s";
    }

    public static string MarkdownCell(object? value)
    {
        string text = (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")
            .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        return text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ").Replace("`", "&#96;").Replace("*", "\\*").Replace("_", "\\_");
    }

    /// <summary>A relative file path as a link target: each segment percent-encoded, '/' kept.</summary>
    public static string RelativeLink(object? value) =>
        string.Join('/', (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Split('/').Select(Uri.EscapeDataString));

    static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d when double.IsFinite(d) => d,
        double => null,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        _ => null,
    };
}

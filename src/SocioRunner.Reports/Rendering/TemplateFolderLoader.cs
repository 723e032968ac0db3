using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SocioRunner.Reports.Rendering;

/// <summary>
/// Resolves <c>{{ include 'partials/x.sbn' }}</c> inside one template folder only: names are relative to the folder,
/// and a name that leaves it (<c>../</c>, an absolute path) or a file that does not exist is an input error naming it.
/// </summary>
internal sealed class TemplateFolderLoader(string root) : ITemplateLoader
{
    readonly string root = Path.GetFullPath(root);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName, callerSpan);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)File.ReadAllText(templatePath));

    public string Resolve(string templateName, SourceSpan? callerSpan = null)
    {
        string where = callerSpan is { } span && !string.IsNullOrEmpty(span.FileName)
            ? $" (included from {span.FileName}({span.Start.Line + 1},{span.Start.Column + 1}))" : "";
        if (Path.IsPathRooted(templateName))
            throw ReportErrors.AbsoluteTemplatePath(templateName, where, root);
        string path = Path.GetFullPath(Path.Combine(root, templateName));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw ReportErrors.TemplateOutsideFolder(templateName, where, root);
        if (!File.Exists(path))
            throw ReportErrors.TemplateNotFound(path, where);
        return path;
    }
}

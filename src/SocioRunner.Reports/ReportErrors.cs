using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;

namespace SocioRunner.Reports;

/// <summary>All wording of the errors met while reading a run folder back or rendering templates, in one place; each names the folder or file.</summary>
internal static class ReportErrors
{
    public static InvalidInputException RunFolderNotFound(string root) => new($"run folder '{root}' not found");

    public static InvalidInputException NotARunFolder(string root, string manifestFile) =>
        new($"'{root}' is not a run folder: it has no {manifestFile} (give a folder under reports/<experiment>/)");

    public static InvalidInputException NotAJsonObject(string path) => new($"{path}: not a JSON object");

    public static InvalidInputException InvalidJson(string path, Exception error) => new($"{path}: not valid JSON ({error.Message})", error);

    public static InvalidInputException EmptyManifest(string path) => new($"{path}: empty manifest");

    public static InvalidInputException InvalidManifest(string path, Exception error) => new($"{path}: not a valid artifact manifest ({error.Message})", error);

    public static InvalidInputException TemplateFolderNotFound(string folder) => new($"report template folder '{folder}' not found");

    public static InvalidInputException TemplateHasErrors(string path, IEnumerable<string> messages) =>
        new($"report template {path} has errors:{Environment.NewLine}" + string.Join(Environment.NewLine, messages));

    public static InvalidInputException TemplateRuntimeError(Exception error) => new($"report template error: {error.Message}", error);

    public static InvalidInputException AbsoluteTemplatePath(string templateName, string where, string root) =>
        new($"report template '{templateName}'{where}: give a path relative to the template folder {root}");

    public static InvalidInputException TemplateOutsideFolder(string templateName, string where, string root) =>
        new($"report template '{templateName}'{where} lies outside the template folder {root}");

    public static InvalidInputException TemplateNotFound(string path, string where) => new($"report template '{path}' not found{where}");

    public static InvalidInputException UntypedNode(string runJson, string nodeId) =>
        new($"{runJson}: node '{nodeId}' has no {RunFolder.ManifestFile} and no artifact_type (the run folder predates them); re-run the experiment to record them");
}

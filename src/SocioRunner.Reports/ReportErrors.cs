using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;

namespace SocioRunner.Reports;

/// <summary>All wording of the errors met while reading a run folder back, in one place; each names the folder or file.</summary>
internal static class ReportErrors
{
    public static InvalidInputException RunFolderNotFound(string root) => new($"run folder '{root}' not found");

    public static InvalidInputException NotARunFolder(string root, string manifestFile) =>
        new($"'{root}' is not a run folder: it has no {manifestFile} (give a folder under reports/<experiment>/)");

    public static InvalidInputException NotAJsonObject(string path) => new($"{path}: not a JSON object");

    public static InvalidInputException InvalidJson(string path, Exception error) => new($"{path}: not valid JSON ({error.Message})", error);

    public static InvalidInputException EmptyManifest(string path) => new($"{path}: empty manifest");

    public static InvalidInputException InvalidManifest(string path, Exception error) => new($"{path}: not a valid artifact manifest ({error.Message})", error);

    public static InvalidInputException UntypedNode(string runJson, string nodeId) =>
        new($"{runJson}: node '{nodeId}' has no {RunFolder.ManifestFile} and no artifact_type (the run folder predates them); re-run the experiment to record them");
}

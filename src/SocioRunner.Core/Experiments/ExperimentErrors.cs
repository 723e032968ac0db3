using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Experiments;

/// <summary>The wording of the errors met opening an experiment file, in one place; each names the path.</summary>
internal static class ExperimentErrors
{
    public static InvalidInputException IsADirectory(string path) => new($"{path}: is a directory; give the path of an experiment .yaml file");

    public static InvalidInputException NotFound(string path) => new($"{path}: experiment file not found");

    public static InvalidInputException Unreadable(string path, Exception error) => new($"{path}: cannot read the experiment file ({error.Message})", error);
}

using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Errors;

/// <summary>One problem in an experiment: where it is, the dotted config path, and what is wrong.</summary>
public sealed record ConfigProblem(SourceLocation Location, string Path, string Message)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Path) ? $"{Location}: {Message}" : $"{Location}: {Path}: {Message}";
}

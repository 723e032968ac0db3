using SocioRunner.Core.Nodes;
namespace SocioRunner.Data.Internal;

/// <summary>Reader nodes take their data from a folder (<c>root</c>) or from a connected <c>raw</c> artifact: exactly one.</summary>
internal static class RootOrRawInput
{
    public static IEnumerable<OptionProblem> Check(string? root, IReadOnlySet<string> connectedInputs)
    {
        bool hasRoot = !string.IsNullOrWhiteSpace(root), hasRaw = connectedInputs.Contains("raw");
        if (hasRoot && hasRaw) yield return new OptionProblem("root", "set either 'root' or the 'raw' input, not both");
        if (!hasRoot && !hasRaw) yield return new OptionProblem("root", "missing; set 'root' to the dataset folder (e.g. root: ${env:VAR}) or connect a raw-data node as input 'raw'");
    }
}

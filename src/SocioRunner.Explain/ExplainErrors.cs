using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Explain;

/// <summary>The wording of the explain kinds' wiring problems, in one place (checked by <c>validate</c>, and again defensively at run time).</summary>
internal static class ExplainErrors
{
    public static OptionProblem TcavNeedsConcepts() =>
        new("inputs.concepts", "connect concept image sets as 'concepts', or CAVs from explain/cavs as 'cavs'");

    public static OptionProblem TsneNeedsPoints(IReadOnlySet<string> connected) =>
        new(connected.Contains("model") ? "inputs.data" : "inputs.model",
            "connect either 'embeddings', or both 'model' (or an encoder) and 'data' to map a layer's activations");

    public static OptionProblem TsneTwoSources() =>
        new("inputs.embeddings", "connect either 'embeddings' or 'model' and 'data', not both (which points would be mapped?)");

    public static InvalidInputException AsError(OptionProblem problem) => new($"{problem.Key}: {problem.Message}");
}

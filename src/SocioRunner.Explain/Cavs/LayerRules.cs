using SocioRunner.Core.Nodes;
using SocioRunner.Models.Encoders;

namespace SocioRunner.Explain.Cavs;

/// <summary>Checks of the <c>layers</c> option shared by <c>explain/cavs</c> and <c>explain/tcav</c>.</summary>
public static class LayerRules
{
    public static IEnumerable<OptionProblem> Check(IReadOnlyList<string> layers)
    {
        if (layers.Count == 0)
        {
            yield return new OptionProblem("layers", "name at least one encoder stage (e.g. avgpool)");
        }

        if (layers.Distinct(StringComparer.Ordinal).Count() != layers.Count)
        {
            yield return new OptionProblem("layers", "a layer is listed twice");
        }
    }

    /// <summary>Fails with the encoder's stage names when a layer does not exist.</summary>
    public static void RequireKnown(StagedEncoder encoder, IReadOnlyList<string> layers)
    {
        var unknown = layers.Where(l => !encoder.StageNames.Contains(l)).ToArray();
        if (unknown.Length > 0)
        {
            throw ExplainErrors.UnknownLayers(unknown, encoder.Spec.ToString(), encoder.StageNames);
        }
    }
}

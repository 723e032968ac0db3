using static TorchSharp.torch;

namespace SocioRunner.Models.Artifacts;

/// <summary>
/// The regression heads a model can carry: the paper's <c>Linear(in, 1)</c>, or, with <c>hidden_units</c>, one hidden
/// layer <c>Linear(in, h) -> ReLU -> Linear(h, 1)</c>. A linear head on average-pooled features predicts a sum over
/// locations, so an outcome that depends on the whole tile non-additively (the synthetic city's tile-wide interaction)
/// is outside what it can represent; the hidden layer can represent it from the pooled features.
/// </summary>
public static class RegressionHead
{
    public const string Linear = "linear";
    public const string Mlp = "mlp";

    public static nn.Module<Tensor, Tensor> Create(int inFeatures, int? hiddenUnits) => hiddenUnits is int hidden
        ? nn.Sequential(("0", (nn.Module<Tensor, Tensor>)nn.Linear(inFeatures, hidden)), ("1", nn.ReLU()), ("2", nn.Linear(hidden, 1)))
        : nn.Linear(inFeatures, 1);

    /// <summary>The head a <c>model.json</c> describes (no description: the paper's linear head); check <see cref="Problem"/> first.</summary>
    public static nn.Module<Tensor, Tensor> Create(HeadSpec? spec, int embeddingDim) =>
        spec is { Type: Mlp, HiddenUnits: int hidden } ? Create(spec.InFeatures, hidden)
            : nn.Linear(spec?.InFeatures ?? embeddingDim, spec?.OutFeatures ?? 1);

    /// <summary>What is wrong with a described head, or null when it can be built.</summary>
    public static string? Problem(HeadSpec? spec) => spec switch
    {
        null => null,
        { Type: not (Linear or Mlp) } => $"head type '{spec.Type}' is not {Linear} or {Mlp}",
        { Type: Mlp, HiddenUnits: null or < 1 } => "an mlp head needs hidden_units of at least 1",
        _ => null,
    };

    /// <summary>The parameter-name prefix of the output layer (the one that maps to the outcome).</summary>
    public static string OutputPrefix(int? hiddenUnits) => hiddenUnits is null ? "" : "2.";

    /// <summary>The <c>model.json</c> description of a head built by <see cref="Create(int, int?)"/>.</summary>
    public static HeadSpec Describe(nn.Module<Tensor, Tensor> head, int inFeatures)
    {
        var weights = head.named_parameters().Where(p => p.name.EndsWith("weight", StringComparison.Ordinal)).Select(p => p.parameter).ToList();
        return weights.Count > 1
            ? new HeadSpec(Mlp, inFeatures, 1, (int)weights[0].shape[0])
            : new HeadSpec(Linear, inFeatures, 1);
    }
}

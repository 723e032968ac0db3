using System.ComponentModel.DataAnnotations;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.Cavs;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav;

/// <summary>Options of <c>explain/tcav</c>; defaults follow the paper (one-vs-all, IG with 5 steps, SGD SVM alpha 0.1) and Kim et al. (10 repeats).</summary>
public sealed record TcavOptions
{
    /// <summary>Encoder stages to test; <c>avgpool</c> is the pooled embedding (the paper's layer).</summary>
    public IReadOnlyList<string> Layers { get; init; } = ["avgpool"];

    public NegativeSetting Setting { get; init; } = NegativeSetting.OneVsAll;

    /// <summary>One-vs-all: at most this many negatives sampled from the other concepts.</summary>
    [Range(1, 100_000)]
    public int MaxNegatives { get; init; } = 500;

    /// <summary>Random repeats for the significance test (0 skips it).</summary>
    [Range(0, 1000)]
    public int Repeats { get; init; } = 10;

    /// <summary>Images per random set.</summary>
    [Range(2, 100_000)]
    public int RandomSetSize { get; init; } = 50;

    /// <summary>Random sets are drawn from this many images of <see cref="RandomSplit"/> (forward passes done once).</summary>
    [Range(4, 1_000_000)]
    public int RandomPoolSize { get; init; } = 300;

    /// <summary>Split of the data input whose tiles form the random pool (not the evaluation split).</summary>
    public string RandomSplit { get; init; } = "train";

    /// <summary>Split of the data input whose inputs are explained.</summary>
    public string EvaluationSplit { get; init; } = "test";

    public AttributionMethod Attribution { get; init; } = AttributionMethod.IntegratedGradients;

    [Range(1, 1000)]
    public int Steps { get; init; } = 5;

    /// <summary>Quadrature of integrated gradients; Captum's default (what the original used) is Gauss–Legendre.</summary>
    public IntegrationRule Integration { get; init; } = IntegrationRule.GaussLegendre;

    public IntegratedGradientsBaseline Baseline { get; init; } = IntegratedGradientsBaseline.ZeroInput;

    [Range(1, 4096)]
    public int BatchSize { get; init; } = 64;

    [Range(1e-9, 1e6)]
    public double ClassifierAlpha { get; init; } = 0.1;

    [Range(1, 100_000)]
    public int ClassifierMaxEpochs { get; init; } = 1000;

    [Range(0, 1e6)]
    public double ClassifierTolerance { get; init; } = 1e-3;

    [Range(0.05, 0.95)]
    public double ClassifierTestFraction { get; init; } = 0.2;

    /// <summary>Quantile bins of the outcome for the per-interval scores.</summary>
    [Range(1, 100)]
    public int Intervals { get; init; } = 5;

    public IntervalOutcome IntervalOutcome { get; init; } = IntervalOutcome.Label;

    public MultipleComparison Correction { get; init; } = MultipleComparison.Holm;

    [Range(1e-9, 0.5)]
    public double SignificanceLevel { get; init; } = 0.05;

    /// <summary>A CAV is flagged when held-out accuracy is below the majority-class share plus this margin.</summary>
    [Range(0, 1)]
    public double NearChanceMargin { get; init; } = 0.05;

    /// <summary>Concepts with fewer images are an error (a CAV from a handful of images is noise).</summary>
    [Range(2, 100_000)]
    public int MinConceptImages { get; init; } = 10;

    internal SgdSvmSettings Classifier => new()
    {
        Alpha = ClassifierAlpha, MaxEpochs = ClassifierMaxEpochs, Tolerance = ClassifierTolerance, TestFraction = ClassifierTestFraction,
    };
}

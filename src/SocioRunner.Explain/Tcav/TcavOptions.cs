using System.ComponentModel.DataAnnotations;
using SocioRunner.Explain.Cavs;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav;

/// <summary>
/// Options of <c>explain/tcav</c>: the CAV options (ignored when a <c>cavs</c> input supplies trained CAVs) plus
/// attribution, interval and significance settings. Defaults follow the paper (IG with 5 steps, income quintiles).
/// </summary>
public sealed record TcavOptions : CavsOptions
{
    /// <summary>Split of the data input whose inputs are explained.</summary>
    public string EvaluationSplit { get; init; } = "test";

    public AttributionMethod Attribution { get; init; } = AttributionMethod.IntegratedGradients;

    [Range(1, 1000)]
    public int Steps { get; init; } = 5;

    /// <summary>Quadrature of integrated gradients; Captum's default (what the original used) is Gauss–Legendre.</summary>
    public IntegrationRule Integration { get; init; } = IntegrationRule.GaussLegendre;

    public IntegratedGradientsBaseline Baseline { get; init; } = IntegratedGradientsBaseline.ZeroInput;

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
}

using System.ComponentModel.DataAnnotations;
using SocioRunner.Explain.Cavs;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav;

/// <summary>
/// Options of <c>explain/tcav</c>: the CAV options (ignored when a <c>cavs</c> input supplies trained CAVs) plus
/// attribution, interval and significance settings. Defaults: the gradient and the mean-difference CAV, chosen by the
/// CAV-method study on the synthetic city (docs/tcav.md); <c>preset: paper</c> gives the original's settings.
/// </summary>
public sealed record TcavOptions : CavsOptions
{
    /// <summary>Split of the data input whose inputs are explained.</summary>
    public string EvaluationSplit { get; init; } = "test";

    /// <summary>
    /// <c>gradient</c> (default, Kim et al.'s directional derivative: what the synthetic city's truth measures, chosen by
    /// the study in docs/tcav.md) or <c>integrated-gradients</c> (the paper's, with <see cref="Baseline"/>).
    /// </summary>
    public AttributionMethod Attribution { get; init; } = AttributionMethod.Gradient;

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

    /// <summary>
    /// Smallest effect of interest, as a fraction of the evaluation labels' standard deviation (0.1: a tenth of it). With
    /// gradient attributions a score is significant only when its effect on the prediction in outcome units
    /// (gradient · (concept mean - negatives' mean)) exceeds this margin beyond its standard error, as well as passing the
    /// sign-count test (docs/tcav.md, "The effect test"). 0 tests any non-zero effect.
    /// </summary>
    [Range(0, 10)]
    public double MinEffect { get; init; } = 0.1;

    /// <summary>A CAV is not decodable when its CAVs' mean held-out balanced accuracy is below 0.5 plus this margin.</summary>
    [Range(0, 1)]
    public double NearChanceMargin { get; init; } = 0.05;

    /// <summary>
    /// <c>paper</c>: the original project's settings, whatever the options say (see <see cref="Resolved"/>); <c>none</c>:
    /// the options as given.
    /// </summary>
    public TcavPreset Preset { get; init; } = TcavPreset.None;

    /// <summary>
    /// The options the node runs with. <c>preset: paper</c> sets everything the original fixed: the pooled layer,
    /// one-vs-all against up to 500 balanced negatives, the SGD SVM (alpha 0.1, 1000 epochs, tol 1e-3, 80/20) whose
    /// standardized-space normal is used as it is (<c>svm-standardized</c>), layer integrated gradients from a zero image
    /// with 5 Gauss–Legendre steps, income quintiles of the label. What the original did not have is left as given:
    /// <c>repeats</c> (the original trained one CAV per concept and ran no test: <c>repeats: 0</c> reproduces that),
    /// the correction and the significance level.
    /// </summary>
    public TcavOptions Resolved() => Preset != TcavPreset.Paper ? this : this with
    {
        Layers = ["avgpool"],
        Setting = CavBanks.NegativeSetting.OneVsAll,
        MaxNegatives = 500,
        CavMethod = CavMethod.SvmStandardized,
        ClassifierAlpha = 0.1,
        ClassifierMaxEpochs = 1000,
        ClassifierTolerance = 1e-3,
        ClassifierTestFraction = 0.2,
        Attribution = AttributionMethod.IntegratedGradients,
        Steps = 5,
        Integration = IntegrationRule.GaussLegendre,
        Baseline = IntegratedGradientsBaseline.ZeroInput,
        Intervals = 5,
        IntervalOutcome = IntervalOutcome.Label,
    };
}

/// <summary>Named sets of TCAV settings.</summary>
public enum TcavPreset
{
    /// <summary>The options as given.</summary>
    None,

    /// <summary>The original project's settings (Obadic et al. 2024), see <see cref="TcavOptions.Resolved"/>.</summary>
    Paper,
}

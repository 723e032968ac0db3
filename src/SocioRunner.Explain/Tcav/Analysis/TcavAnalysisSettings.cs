using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <param name="Intervals">Number of outcome quantile bins (the original's income quintiles: 5).</param>
/// <param name="NearChanceMargin">A concept whose CAVs' mean held-out balanced accuracy is below 0.5 plus this margin is not decodable.</param>
/// <param name="EffectMargin">Smallest effect of interest in outcome units for the effect test; 0 tests any effect.</param>
/// <param name="GradientAttributions">The attributions are plain gradients, so effects in outcome units can be computed.</param>
public sealed record TcavAnalysisSettings(
    int Intervals, MultipleComparison Correction, double Alpha, double NearChanceMargin, double EffectMargin = 0, bool GradientAttributions = true);

using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <param name="Intervals">Number of outcome quantile bins (the original's income quintiles: 5).</param>
/// <param name="NearChanceMargin">A concept whose CAVs' mean held-out balanced accuracy is below 0.5 plus this margin is not decodable.</param>
public sealed record TcavAnalysisSettings(int Intervals, MultipleComparison Correction, double Alpha, double NearChanceMargin);

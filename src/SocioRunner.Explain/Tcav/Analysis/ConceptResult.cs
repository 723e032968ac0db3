using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>Scores of one concept's main CAV on the evaluation inputs, plus its repeat scores.</summary>
/// <param name="Values">TCAV value per evaluation input (attribution · CAV).</param>
/// <param name="Cosine">Cosine similarity of each input's activation with the CAV.</param>
/// <param name="NearChance">The CAV's held-out accuracy is near chance; its scores are not to be trusted.</param>
/// <param name="RepeatSignCounts">Sign-count score of each concept-vs-random_r CAV.</param>
public sealed record ConceptResult(
    ConceptActivationVector Cav, double[] Values, double[] Cosine, double SignCount, double Magnitude, bool NearChance,
    double[] RepeatSignCounts, double[] RepeatMagnitudes, IReadOnlyList<IntervalScore> Intervals);

using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>A concept's scores: the main CAV's per-input values, and every CAV's sign count and magnitude.</summary>
/// <param name="Cav">The main CAV (the first repeat): its values fill the per-input files.</param>
/// <param name="Values">TCAV value per evaluation input of the main CAV (attribution · CAV).</param>
/// <param name="Cosine">Cosine similarity of each input's activation with the main CAV.</param>
/// <param name="Scores">Sign counts and magnitudes of all the concept's CAVs, overall and per interval.</param>
/// <param name="MeanAccuracy">Mean held-out accuracy of the concept's CAVs (is the concept decodable at the layer?).</param>
/// <param name="Decodable">Mean held-out balanced accuracy at least 0.5 plus the margin; otherwise not tested.</param>
/// <param name="MeanBalancedAccuracy">That balanced accuracy (chance 0.5 whatever the class balance), written beside the decision.</param>
public sealed record ConceptResult(
    ConceptActivationVector Cav, double[] Values, double[] Cosine, RepeatScores Scores, double MeanAccuracy, bool Decodable,
    double MeanBalancedAccuracy)
{
    public string Concept => Cav.Concept;

    /// <summary>Not decodable: held-out accuracy near chance (the negation of <see cref="Decodable"/>).</summary>
    public bool NearChance => !Decodable;
}

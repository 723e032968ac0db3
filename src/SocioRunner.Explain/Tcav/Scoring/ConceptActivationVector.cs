namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// A CAV: the unit normal of the linear classifier separating concept activations (positive class) from a negative set,
/// mapped back to the raw activation space so it can be dotted with raw-space attributions.
/// </summary>
/// <param name="Concept">The positive set's name.</param>
/// <param name="Negative">The negative set's name (e.g. "others" for one-vs-all, "random_3").</param>
/// <param name="Direction">Unit-norm direction in raw activation space, pointing towards the concept.</param>
/// <param name="StandardizedWeights">The classifier's weights in the standardized space (as the original saved them).</param>
/// <param name="Intercept">The classifier's intercept in the standardized space.</param>
public sealed record ConceptActivationVector(
    string Concept, string Negative, float[] Direction, float[] StandardizedWeights, double Intercept,
    ClassificationScores Scores, int Epochs)
{
    /// <summary>
    /// Mean of the positive set minus mean of the negative set, in raw activation space, over all the CAV's examples
    /// (not normalised; null in bank files written before it existed). Its dot product with an input's gradient is the
    /// first-order change of the prediction when the input's activation moves from the negatives' mean to the concept's:
    /// the concept's effect in outcome units (exact for a linear head on the layer), whatever <see cref="CavMethod"/> is.
    /// </summary>
    public float[]? MeanDifference { get; init; }

    public int Dimension => Direction.Length;
}

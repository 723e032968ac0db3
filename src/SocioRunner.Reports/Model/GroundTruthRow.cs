namespace SocioRunner.Reports.Model;

/// <summary>
/// The synthetic city's known effect of a concept on the outcome next to what TCAV found.
/// <see cref="Agrees"/> is null when TCAV did not test the concept or the effect is zero.
/// </summary>
public sealed record GroundTruthRow(string Concept, double Effect, double? TcavSignCount, bool? TcavSignificant, double? TcavRandomMean = null)
{
    public string EffectDirection => Effect > 0 ? "positive" : Effect < 0 ? "negative" : "none";

    /// <summary>Only a significant result has a direction; it is judged against the random-vs-random mean.</summary>
    public string TcavDirection => TcavSignCount switch
    {
        null => "not tested",
        _ when TcavSignificant == false => "none",
        var count when count > (TcavRandomMean ?? 0.5) => "positive",
        var count when count < (TcavRandomMean ?? 0.5) => "negative",
        _ => "none",
    };

    public bool? Agrees => TcavSignCount is null || Effect == 0 ? null : EffectDirection == TcavDirection;
}

namespace SocioRunner.Reports.Model;

/// <summary>
/// The synthetic city's known effect of a concept on the outcome next to what TCAV found.
/// <see cref="Agrees"/> is null when TCAV did not test the concept or the effect is zero.
/// </summary>
public sealed record GroundTruthRow(string Concept, double Effect, double? TcavSignCount, bool? TcavSignificant)
{
    public string EffectDirection => Effect > 0 ? "positive" : Effect < 0 ? "negative" : "none";

    public string TcavDirection => TcavSignCount switch
    {
        null => "not tested",
        > 0.5 => "positive",
        < 0.5 => "negative",
        _ => "none",
    };

    public bool? Agrees => TcavSignCount is null || Effect == 0 ? null : EffectDirection == TcavDirection;
}

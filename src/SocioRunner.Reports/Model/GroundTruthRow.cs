namespace SocioRunner.Reports.Model;

/// <summary>
/// The synthetic city's known effect of a concept next to what TCAV found. With an expected direction for the TCAV
/// node's comparison (ground_truth.csv's <c>expected_one_vs_all</c> / <c>expected_vs_random</c>: the relative effect TCAV
/// measures) agreement is judged against it, nulls and distractors included (agreeing = not significant); otherwise
/// against the sign of the absolute effect. <see cref="Agrees"/> is null when TCAV did not score the concept.
/// </summary>
/// <param name="Expected">'+', '-' or '0' for the TCAV node's comparison; null when the truth file has none.</param>
/// <param name="Kind">"concept" or "distractor" (placed independently of the outcome); null when not recorded.</param>
public sealed record GroundTruthRow(
    string Concept, double Effect, double? TcavSignCount, bool? TcavSignificant, double? TcavRandomMean = null,
    string? Expected = null, string? Kind = null, bool? Decodable = null)
{
    /// <summary>The truth's relative difference for the TCAV node's comparison, in outcome units (null when not recorded).</summary>
    public double? ExpectedDifference { get; init; }

    /// <summary>What TCAV measured in the same units: the model's effect with its 95% interval (gradient attributions only).</summary>
    public EffectEstimate? TcavEffect { get; init; }

    public string EffectDirection => Expected switch
    {
        "+" => "positive",
        "-" => "negative",
        "0" => "none",
        _ => Effect > 0 ? "positive" : Effect < 0 ? "negative" : "none",
    };

    /// <summary>Only a significant result has a direction; it is judged against the random-vs-random mean.</summary>
    public string TcavDirection => TcavSignCount switch
    {
        null => "not tested",
        _ when Decodable == false => "not decodable",
        _ when TcavSignificant == false => "none",
        var count when count > (TcavRandomMean ?? 0.5) => "positive",
        var count when count < (TcavRandomMean ?? 0.5) => "negative",
        _ => "none",
    };

    public bool? Agrees => TcavSignCount is null || Decodable == false ? null
        : Expected is null && Effect == 0 ? null
        : EffectDirection == TcavDirection;
}

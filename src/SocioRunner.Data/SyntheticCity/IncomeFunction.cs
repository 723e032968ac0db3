namespace SocioRunner.Data.SyntheticCity;

/// <summary>The ground truth: income = <see cref="Base"/> + sum over zones of effect(zone) * share(zone) + N(0, noise_sd^2),
/// where share(zone) is the fraction of the tile's area laid out as that zone. Agriculture and bare soil have zero effect.
/// With the interaction, vegetation's effect exists only in low-income surroundings: only when the tile's income without
/// its vegetation term is below <see cref="Base"/> (so per-interval TCAV has a truth that differs between intervals).</summary>
public static class IncomeFunction
{
    public const double Base = 32000;

    /// <summary>Change of income (euros) when a tile goes from none to all of a zone.</summary>
    public static double Effect(Zone zone) => zone switch
    {
        Zone.Impervious => -12000,
        Zone.Vegetation => 9000,
        Zone.DenseResidential => -9000,
        Zone.MediumResidential => 4000,
        Zone.SparseResidential => 12000,
        Zone.Agriculture => 0,
        Zone.Water => 8000,
        _ => 0,
    };

    public static double Evaluate(IReadOnlyDictionary<Zone, double> shares, bool interaction = false, double? ramp = null)
    {
        double rest = OtherZonesTerm(shares);
        double gate = interaction ? Gate(rest, ramp) : 1;
        return Base + rest + gate * Effect(Zone.Vegetation) * shares.GetValueOrDefault(Zone.Vegetation);
    }

    /// <summary>
    /// d income / d share(zone) at these shares. The interaction switches vegetation's effect on or off with a step where
    /// the other zones' terms reach 0 (its own change is left out: a step has no derivative, see docs/tcav.md, "The best a
    /// trained model can do"); with a <paramref name="ramp"/> vegetation's effect fades in continuously and every zone's
    /// marginal effect includes the gate's change (chain rule), so these are the function's derivatives everywhere
    /// (at the ramp's two kinks, the mean of the one-sided derivatives, which is what a central difference gives).
    /// </summary>
    public static Dictionary<Zone, double> MarginalEffects(IReadOnlyDictionary<Zone, double> shares, bool interaction, double? ramp = null)
    {
        var effects = Zones.All.ToDictionary(z => z, Effect);
        if (!interaction) return effects;
        double rest = OtherZonesTerm(shares);
        double vegetationTerm = Effect(Zone.Vegetation) * shares.GetValueOrDefault(Zone.Vegetation);
        double slope = GateSlope(rest, ramp);
        foreach (var zone in Zones.All.Where(z => z != Zone.Vegetation))
            effects[zone] = Effect(zone) * (1 + vegetationTerm * slope);
        effects[Zone.Vegetation] = Effect(Zone.Vegetation) * Gate(rest, ramp);
        return effects;
    }

    /// <summary>The surroundings the interaction looks at: every zone's term but vegetation's (euros above the base).</summary>
    static double OtherZonesTerm(IReadOnlyDictionary<Zone, double> shares) =>
        shares.Where(kv => kv.Key != Zone.Vegetation).Sum(kv => Effect(kv.Key) * kv.Value);

    /// <summary>How much of vegetation's effect applies given the other zones' terms: 1 below 0, else 0 (the step); with
    /// a ramp, from 0 at <c>rest</c> 0 rising linearly to 1 at <c>-ramp</c>.</summary>
    public static double Gate(double rest, double? ramp) =>
        ramp is double width ? Math.Clamp(-rest / width, 0, 1) : rest < 0 ? 1 : 0;

    /// <summary>d Gate / d rest: 0 for the step (almost everywhere); -1/ramp inside the ramp, half that at its ends.</summary>
    static double GateSlope(double rest, double? ramp)
    {
        if (ramp is not double width) return 0;
        const double tolerance = 1e-9;
        if (Math.Abs(rest) < tolerance || Math.Abs(rest + width) < tolerance) return -0.5 / width;
        return rest < 0 && rest > -width ? -1 / width : 0;
    }

    public static string RampFormula(double ramp) =>
        $"vegetation's effect x clamp(-(the other zones' terms) / {ramp}, 0, 1): none where the surroundings are at or above {Base}, "
        + $"all of it below {Base - ramp}, linear in between";

    public static string InteractionFormula =>
        $"vegetation's effect applies only where {Base} + the other zones' terms < {Base} (low-income surroundings), else 0";

    public static string Formula =>
        $"income = {Base} " + string.Join(" ", Zones.All.Select(z => $"{(Effect(z) < 0 ? "-" : "+")} {Math.Abs(Effect(z))}*share({z.ConceptName()})"))
        + " + N(0, noise_sd^2)";
}

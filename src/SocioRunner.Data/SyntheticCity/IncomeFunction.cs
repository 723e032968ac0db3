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

    public static double Evaluate(IReadOnlyDictionary<Zone, double> shares, bool interaction = false) =>
        Base + shares.Sum(kv => MarginalEffects(shares, interaction)[kv.Key] * kv.Value);

    /// <summary>d income / d share(zone) at these shares (the interaction switches vegetation's effect on or off).</summary>
    public static Dictionary<Zone, double> MarginalEffects(IReadOnlyDictionary<Zone, double> shares, bool interaction)
    {
        var effects = Zones.All.ToDictionary(z => z, Effect);
        if (interaction)
        {
            double surroundings = Base + shares.Where(kv => kv.Key != Zone.Vegetation).Sum(kv => Effect(kv.Key) * kv.Value);
            effects[Zone.Vegetation] = surroundings < Base ? Effect(Zone.Vegetation) : 0;
        }

        return effects;
    }

    public static string InteractionFormula =>
        $"vegetation's effect applies only where {Base} + the other zones' terms < {Base} (low-income surroundings), else 0";

    public static string Formula =>
        $"income = {Base} " + string.Join(" ", Zones.All.Select(z => $"{(Effect(z) < 0 ? "-" : "+")} {Math.Abs(Effect(z))}*share({z.ConceptName()})"))
        + " + N(0, noise_sd^2)";
}

namespace SocioRunner.Data.SyntheticCity;

/// <summary>The ground truth: income = <see cref="Base"/> + sum over zones of effect(zone) * share(zone) + N(0, noise_sd^2),
/// where share(zone) is the fraction of the tile's area laid out as that zone. Agriculture and bare soil have zero effect.</summary>
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

    public static double Evaluate(IReadOnlyDictionary<Zone, double> shares) =>
        Base + shares.Sum(kv => Effect(kv.Key) * kv.Value);

    public static string Formula =>
        $"income = {Base} " + string.Join(" ", Zones.All.Select(z => $"{(Effect(z) < 0 ? "-" : "+")} {Math.Abs(Effect(z))}*share({z.ConceptName()})"))
        + " + N(0, noise_sd^2)";
}

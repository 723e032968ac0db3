namespace SocioRunner.Data.SyntheticCity;

/// <summary>The land-use zones a synthetic block is painted as. The first seven are the quickstart's concept bank.</summary>
public enum Zone
{
    Impervious,
    Vegetation,
    DenseResidential,
    MediumResidential,
    SparseResidential,
    Agriculture,
    Water,
    BareSoil,
}

public static class Zones
{
    public static readonly IReadOnlyList<Zone> All = Enum.GetValues<Zone>();

    /// <summary>The concept bank (snake_case names as in ground_truth.csv and the quickstart).</summary>
    public static readonly IReadOnlyList<Zone> Concepts =
        [Zone.Impervious, Zone.Vegetation, Zone.DenseResidential, Zone.MediumResidential, Zone.SparseResidential, Zone.Agriculture, Zone.Water];

    public static string ConceptName(this Zone zone) => zone switch
    {
        Zone.Impervious => "impervious",
        Zone.Vegetation => "vegetation",
        Zone.DenseResidential => "dense_residential",
        Zone.MediumResidential => "medium_residential",
        Zone.SparseResidential => "sparse_residential",
        Zone.Agriculture => "agriculture",
        Zone.Water => "water",
        _ => "bare_soil",
    };

    /// <summary>How often a zone is drawn when composing a tile.</summary>
    public static double Frequency(this Zone zone) => zone switch
    {
        Zone.DenseResidential or Zone.MediumResidential or Zone.SparseResidential => 0.16,
        Zone.Impervious or Zone.Vegetation => 0.14,
        Zone.Agriculture => 0.1,
        Zone.Water => 0.08,
        _ => 0.06,
    };
}

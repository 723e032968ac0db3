namespace SocioRunner.Data.SyntheticCity;

/// <summary>FLAIR land-cover class codes used by the synthetic city.</summary>
public static class LandCover
{
    public const byte Building = 1, Pervious = 2, Impervious = 3, BareSoil = 4, Water = 5, Coniferous = 6, Deciduous = 7,
        Herbaceous = 10, Agricultural = 11, Plowed = 12, SwimmingPool = 13;
}

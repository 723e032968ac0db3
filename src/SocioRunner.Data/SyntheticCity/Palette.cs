namespace SocioRunner.Data.SyntheticCity;

/// <summary>Colours and textures of the synthetic surfaces (RGB, NIR, elevation in [0,1]).</summary>
internal static class Palette
{
    public static readonly Paint Asphalt = new(LandCover.Impervious, 0.40f, 0.40f, 0.42f, 0.25f, 0.05f, 0.05f);
    public static readonly Paint Concrete = new(LandCover.Impervious, 0.66f, 0.64f, 0.60f, 0.35f, 0.05f, 0.04f);
    public static readonly Paint Marking = new(LandCover.Impervious, 0.88f, 0.88f, 0.84f, 0.45f, 0.05f, 0.02f);
    public static readonly Paint Grass = new(LandCover.Herbaceous, 0.38f, 0.56f, 0.26f, 0.75f, 0.07f, 0.06f);
    public static readonly Paint Garden = new(LandCover.Pervious, 0.46f, 0.52f, 0.32f, 0.60f, 0.06f, 0.07f);
    public static readonly Paint Deciduous = new(LandCover.Deciduous, 0.20f, 0.42f, 0.16f, 0.85f, 0.45f, 0.07f);
    public static readonly Paint Conifer = new(LandCover.Coniferous, 0.12f, 0.30f, 0.17f, 0.80f, 0.55f, 0.05f);
    public static readonly Paint Water = new(LandCover.Water, 0.12f, 0.26f, 0.42f, 0.06f, 0.02f, 0.025f);
    public static readonly Paint Soil = new(LandCover.BareSoil, 0.64f, 0.54f, 0.40f, 0.40f, 0.06f, 0.09f);
    public static readonly Paint Pool = new(LandCover.SwimmingPool, 0.35f, 0.75f, 0.85f, 0.10f, 0.05f, 0.02f);

    public static readonly Paint[] Roofs =
    [
        new(LandCover.Building, 0.62f, 0.30f, 0.24f, 0.35f, 0.80f, 0.03f),
        new(LandCover.Building, 0.56f, 0.56f, 0.60f, 0.30f, 0.90f, 0.03f),
        new(LandCover.Building, 0.34f, 0.32f, 0.33f, 0.25f, 0.85f, 0.03f),
        new(LandCover.Building, 0.72f, 0.66f, 0.58f, 0.35f, 0.75f, 0.03f),
    ];

    public static readonly Paint[] Crops =
    [
        new(LandCover.Agricultural, 0.78f, 0.72f, 0.40f, 0.55f, 0.08f, 0.04f),
        new(LandCover.Agricultural, 0.55f, 0.70f, 0.32f, 0.80f, 0.10f, 0.04f),
        new(LandCover.Plowed, 0.52f, 0.38f, 0.26f, 0.35f, 0.06f, 0.05f),
    ];

    public static Paint Roof(Random rng) => Roofs[rng.Next(Roofs.Length)].Vary(rng, 0.05f);
}

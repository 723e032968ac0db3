namespace SocioRunner.Data.SyntheticCity;

/// <summary>
/// Visual properties placed independently of the outcome (their own FLAIR class codes, painted over a few spots of a
/// tile or patch): a true null for TCAV, whatever the comparison, as long as the concept images that show them are
/// otherwise like their negatives. They never change a tile's zone layout, so never its income.
/// </summary>
public enum Distractor
{
    /// <summary>Pale translucent greenhouse roofs (FLAIR 18, greenhouse).</summary>
    Greenhouses,

    /// <summary>Dark blue solar panel arrays (FLAIR 19, other).</summary>
    SolarPanels,
}

public static class Distractors
{
    public static readonly IReadOnlyList<Distractor> All = Enum.GetValues<Distractor>();

    public static string ConceptName(this Distractor distractor) => distractor == Distractor.Greenhouses ? "greenhouses" : "solar_panels";

    public static byte Code(this Distractor distractor) => distractor == Distractor.Greenhouses ? (byte)18 : (byte)19;

    /// <summary>Paints 3 to 5 objects of the distractor at random places (ground units of a 40-unit tile).</summary>
    internal static void Overlay(Canvas canvas, Distractor distractor, Random rng)
    {
        var clip = new PixelRect(0, 0, canvas.Size, canvas.Size);
        var paint = distractor == Distractor.Greenhouses
            ? new Paint(distractor.Code(), 0.86f, 0.90f, 0.88f, 0.55f, 0.30f, 0.02f)
            : new Paint(distractor.Code(), 0.10f, 0.14f, 0.32f, 0.12f, 0.40f, 0.015f);
        int objects = 3 + rng.Next(3);
        for (int i = 0; i < objects; i++)
        {
            double x = rng.NextDouble() * 34, y = rng.NextDouble() * 34;
            if (distractor == Distractor.Greenhouses) canvas.Rect(x, y, 3.2, 5.0, paint, rng, clip);
            else
                for (int row = 0; row < 3; row++) canvas.Rect(x, y + row * 1.4, 4.5, 0.9, paint, rng, clip);
        }
    }
}

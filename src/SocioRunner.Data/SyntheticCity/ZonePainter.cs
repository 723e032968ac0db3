namespace SocioRunner.Data.SyntheticCity;

/// <summary>Paints one block (10 x 10 ground units) in the layout of its zone: dense residential = terraced roofs on
/// narrow streets; medium = detached houses on a street grid with gardens; sparse = few houses among lawns, trees and pools;
/// impervious = asphalt with lane markings and plazas; vegetation = tree crowns on grass; agriculture = striped fields;
/// water = rippled surface; bare soil = speckled earth.</summary>
internal static class ZonePainter
{
    public const double BlockUnits = 10;

    public static void Paint(Canvas canvas, Zone zone, double x, double y, Random rng)
    {
        var clip = new PixelRect((int)Math.Round(x * canvas.Scale), (int)Math.Round(y * canvas.Scale),
            Math.Min(canvas.Size, (int)Math.Round((x + BlockUnits) * canvas.Scale)), Math.Min(canvas.Size, (int)Math.Round((y + BlockUnits) * canvas.Scale)));
        const double b = BlockUnits;
        switch (zone)
        {
            case Zone.DenseResidential:
                canvas.Rect(x, y, b, b, Palette.Asphalt, rng, clip);
                bool rows = rng.Next(2) == 0;
                for (double u = 0.5; u < b; u += 3.4)
                    for (double v = 0.3; v < b; v += rng.NextDouble() * 0.6 + 2.0)
                    {
                        var roof = Palette.Roof(rng);
                        if (rows) canvas.Rect(x + v, y + u, 2.0, 2.6, roof, rng, clip); else canvas.Rect(x + u, y + v, 2.6, 2.0, roof, rng, clip);
                    }
                break;
            case Zone.MediumResidential:
                canvas.Rect(x, y, b, b, Palette.Garden, rng, clip);
                canvas.Rect(x, y + b - 1.6, b, 1.6, Palette.Asphalt, rng, clip);
                canvas.Rect(x, y, 1.4, b, Palette.Asphalt, rng, clip);
                for (double u = 2.0; u < b - 2; u += 4.0)
                    for (double v = 1.0; v < b - 2; v += 4.0)
                        canvas.Rect(x + u + rng.NextDouble() * 0.6, y + v + rng.NextDouble() * 0.6, 2.8, 2.8, Palette.Roof(rng), rng, clip);
                if (rng.NextDouble() < 0.6) canvas.Disc(x + b - 1.2, y + 1.2, 0.9, Palette.Deciduous, rng, clip);
                break;
            case Zone.SparseResidential:
                canvas.Rect(x, y, b, b, Palette.Grass, rng, clip);
                int houses = 1 + rng.Next(2);
                for (int h = 0; h < houses; h++)
                {
                    double hx = x + 0.8 + rng.NextDouble() * 6.5, hy = y + 0.8 + rng.NextDouble() * 6.5;
                    canvas.Rect(hx, hy, 2.2, 1.8, Palette.Roof(rng), rng, clip);
                    if (rng.NextDouble() < 0.35) canvas.Disc(hx + 1.1, hy + 3.0, 0.6, Palette.Pool, rng, clip);
                }
                for (int t = 0; t < 3 + rng.Next(3); t++)
                    canvas.Disc(x + rng.NextDouble() * b, y + rng.NextDouble() * b, 0.8 + rng.NextDouble() * 0.6, Palette.Deciduous.Vary(rng, 0.04f), rng, clip);
                break;
            case Zone.Impervious:
                canvas.Rect(x, y, b, b, rng.NextDouble() < 0.3 ? Palette.Concrete : Palette.Asphalt, rng, clip);
                bool vertical = rng.Next(2) == 0;
                for (double u = 1.5; u < b; u += 2.5)
                    if (vertical) canvas.Rect(x + u, y, 0.35, b, Palette.Marking, rng, clip); else canvas.Rect(x, y + u, b, 0.35, Palette.Marking, rng, clip);
                break;
            case Zone.Vegetation:
                canvas.Rect(x, y, b, b, Palette.Grass, rng, clip);
                var tree = rng.NextDouble() < 0.5 ? Palette.Deciduous : Palette.Conifer;
                for (int t = 0; t < 16; t++)
                    canvas.Disc(x + rng.NextDouble() * b, y + rng.NextDouble() * b, 1.0 + rng.NextDouble() * 0.9, tree.Vary(rng, 0.05f), rng, clip);
                break;
            case Zone.Agriculture:
                var crop = Palette.Crops[rng.Next(Palette.Crops.Length)].Vary(rng, 0.04f);
                bool across = rng.Next(2) == 0;
                for (double u = 0; u < b; u += 1.0)
                {
                    var stripe = crop with { Shade = (int)u % 2 == 0 ? 1.0 : 0.86 };
                    if (across) canvas.Rect(x + u, y, 1.0, b, stripe, rng, clip); else canvas.Rect(x, y + u, b, 1.0, stripe, rng, clip);
                }
                break;
            case Zone.Water:
                for (double u = 0; u < b; u += 0.7)
                    canvas.Rect(x, y + u, b, 0.7, Palette.Water with { Shade = 1.0 + 0.08 * Math.Sin(u * 2.1 + rng.NextDouble()) }, rng, clip);
                break;
            default:
                canvas.Rect(x, y, b, b, Palette.Soil.Vary(rng, 0.04f), rng, clip);
                break;
        }
    }
}

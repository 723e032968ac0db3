namespace SocioRunner.Data.SyntheticCity;

/// <summary>A square raster being painted: land-cover code, RGB, NIR and elevation per pixel (values in [0,1]).
/// Geometry is given in ground units (a tile is 40 units wide) and scaled to pixels.</summary>
internal sealed class Canvas
{
    public Canvas(int size, double unitsPerTile = 40)
    {
        Size = size; Scale = size / unitsPerTile;
        int n = size * size;
        Class = new byte[n]; Red = new float[n]; Green = new float[n]; Blue = new float[n]; Nir = new float[n]; Elevation = new float[n];
    }

    public int Size { get; }

    /// <summary>Pixels per ground unit.</summary>
    public double Scale { get; }

    public byte[] Class { get; }
    public float[] Red { get; }
    public float[] Green { get; }
    public float[] Blue { get; }
    public float[] Nir { get; }
    public float[] Elevation { get; }

    /// <summary>Paints an axis-aligned rectangle given in units, clipped to <paramref name="clip"/> (pixels).</summary>
    public void Rect(double x, double y, double w, double h, Paint paint, Random rng, PixelRect clip)
    {
        int x0 = Math.Max(clip.X0, (int)Math.Round(x * Scale)), y0 = Math.Max(clip.Y0, (int)Math.Round(y * Scale));
        int x1 = Math.Min(clip.X1, (int)Math.Round((x + w) * Scale)), y1 = Math.Min(clip.Y1, (int)Math.Round((y + h) * Scale));
        for (int py = y0; py < y1; py++)
            for (int px = x0; px < x1; px++) Put(px, py, paint, rng);
    }

    /// <summary>Paints a disc (tree crown, pool) given in units, with a brighter top-left half for relief.</summary>
    public void Disc(double cx, double cy, double radius, Paint paint, Random rng, PixelRect clip)
    {
        double pcx = cx * Scale, pcy = cy * Scale, r = Math.Max(0.6, radius * Scale);
        int x0 = Math.Max(clip.X0, (int)Math.Floor(pcx - r)), x1 = Math.Min(clip.X1, (int)Math.Ceiling(pcx + r));
        int y0 = Math.Max(clip.Y0, (int)Math.Floor(pcy - r)), y1 = Math.Min(clip.Y1, (int)Math.Ceiling(pcy + r));
        for (int py = y0; py < y1; py++)
            for (int px = x0; px < x1; px++)
            {
                double dx = px + 0.5 - pcx, dy = py + 0.5 - pcy;
                if (dx * dx + dy * dy > r * r) continue;
                double shade = 1.0 - 0.18 * (dx + dy) / (2 * r);
                Put(px, py, paint with { Shade = shade }, rng);
            }
    }

    void Put(int px, int py, Paint paint, Random rng)
    {
        int i = py * Size + px;
        float noise = (float)((rng.NextDouble() - 0.5) * 2 * paint.Grain);
        float shade = (float)paint.Shade;
        Class[i] = paint.Code;
        Red[i] = (paint.Red + noise) * shade; Green[i] = (paint.Green + noise) * shade; Blue[i] = (paint.Blue + noise * 0.8f) * shade;
        Nir[i] = paint.Nir + noise; Elevation[i] = paint.Elevation;
    }
}

/// <summary>A pixel rectangle [X0,X1) x [Y0,Y1).</summary>
internal readonly record struct PixelRect(int X0, int Y0, int X1, int Y1);

/// <summary>Class code, colour, NIR, elevation and grain (per-pixel texture amplitude) of a painted surface.</summary>
internal sealed record Paint(byte Code, float Red, float Green, float Blue, float Nir, float Elevation, float Grain, double Shade = 1.0)
{
    /// <summary>The same surface with its colour varied per object (each roof, each field its own tint).</summary>
    public Paint Vary(Random rng, float amount)
    {
        float d = (float)((rng.NextDouble() - 0.5) * 2 * amount);
        return this with { Red = Red + d, Green = Green + d * 0.9f, Blue = Blue + d * 0.8f };
    }
}

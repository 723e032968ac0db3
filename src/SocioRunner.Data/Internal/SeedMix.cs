namespace SocioRunner.Data.Internal;

/// <summary>Derives independent, reproducible seeds from several integers (SplitMix64 finalizer).</summary>
internal static class SeedMix
{
    public static int Mix(params ReadOnlySpan<long> parts)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        foreach (long p in parts)
        {
            h ^= (ulong)p + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
            h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
            h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
            h ^= h >> 31;
        }
        return (int)(h & 0x7FFFFFFF);
    }

    public static Random Random(params ReadOnlySpan<long> parts) => new(Mix(parts));

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Gaussian(this Random random)
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

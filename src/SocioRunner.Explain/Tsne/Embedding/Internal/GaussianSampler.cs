namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>Standard normal draws from a seeded <see cref="Random"/> (Box–Muller), identical on every run and platform.</summary>
internal sealed class GaussianSampler(int seed)
{
    private readonly Random _random = new(seed);
    private double? _spare;

    public double Next()
    {
        if (_spare is { } spare)
        {
            _spare = null;
            return spare;
        }

        // 1 - NextDouble() lies in (0, 1], so the logarithm is finite.
        var radius = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble()));
        var angle = 2 * Math.PI * _random.NextDouble();
        _spare = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }
}

namespace SocioRunner.Data.SyntheticCity;

/// <summary>Decides which zone each 10-unit block of a tile is: a few zones with Dirichlet-like weights, laid out as
/// contiguous bands (blocks ordered along a random direction) so that a tile looks like a neighbourhood edge.</summary>
internal static class TileComposer
{
    public const int BlocksPerSide = 4;

    /// <summary>A random mix of 1 to 3 zones.</summary>
    public static Zone[] Mixed(Random rng)
    {
        double p = rng.NextDouble();
        int k = p < 0.25 ? 1 : p < 0.7 ? 2 : 3;
        var chosen = new List<Zone>();
        while (chosen.Count < k)
        {
            var zone = Draw(rng);
            if (!chosen.Contains(zone)) chosen.Add(zone);
        }
        var weights = chosen.Select(_ => -Math.Log(1.0 - rng.NextDouble())).ToArray();
        return Arrange(chosen, weights, rng);
    }

    /// <summary>Every block's zone drawn on its own from the zones' frequencies (<see cref="CityLayout.Independent"/>).</summary>
    public static Zone[] Independent(Random rng) =>
        [.. Enumerable.Range(0, BlocksPerSide * BlocksPerSide).Select(_ => Draw(rng))];

    /// <summary>A tile dominated (12 to 16 of 16 blocks) by <paramref name="primary"/>, as used for concept patches.</summary>
    public static Zone[] Dominated(Zone primary, Random rng)
    {
        int blocks = BlocksPerSide * BlocksPerSide, main = 12 + rng.Next(5);
        var zones = new List<Zone> { primary };
        var weights = new List<double> { main };
        if (main < blocks)
        {
            Zone other;
            do other = Draw(rng); while (other == primary);
            zones.Add(other); weights.Add(blocks - main);
        }
        return Arrange(zones, [.. weights], rng);
    }

    static Zone Draw(Random rng)
    {
        double u = rng.NextDouble() * Zones.All.Sum(z => z.Frequency());
        foreach (var zone in Zones.All) { u -= zone.Frequency(); if (u <= 0) return zone; }
        return Zones.All[^1];
    }

    static Zone[] Arrange(IReadOnlyList<Zone> zones, double[] weights, Random rng)
    {
        int blocks = BlocksPerSide * BlocksPerSide;
        double total = weights.Sum();
        var counts = weights.Select(w => (int)Math.Floor(w / total * blocks)).ToArray();
        var order = Enumerable.Range(0, zones.Count).OrderByDescending(i => weights[i] / total * blocks - counts[i]).ToArray();
        for (int r = 0; counts.Sum() < blocks; r++) counts[order[r % order.Length]]++;
        double angle = rng.NextDouble() * 2 * Math.PI;
        var positions = Enumerable.Range(0, blocks)
            .Select(i => (Index: i, Key: Math.Cos(angle) * (i % BlocksPerSide) + Math.Sin(angle) * (i / BlocksPerSide) + rng.NextDouble() * 0.8))
            .OrderBy(p => p.Key).Select(p => p.Index).ToArray();
        var layout = new Zone[blocks];
        int next = 0;
        for (int z = 0; z < zones.Count; z++)
            for (int c = 0; c < counts[z]; c++) layout[positions[next++]] = zones[z];
        return layout;
    }

    public static Dictionary<Zone, double> Shares(Zone[] layout) =>
        Zones.All.ToDictionary(z => z, z => layout.Count(b => b == z) / (double)layout.Length);
}

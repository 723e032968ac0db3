using System.Globalization;
using System.Text.Json;
using SocioRunner.Benchmarks.Tsne;
using SocioRunner.Explain.Tsne.Embedding;
using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

/// <summary>
/// The benchmarks' common map scorer (bench/SocioRunner.Benchmarks/Tsne/MapScoring.cs and TsneScore.cs, compiled in
/// here): its blocked SIMD KL(P‖Q) against a dense O(N²) computation, and its scores against the library's own.
/// </summary>
public sealed class MapScoringTests
{
    [Fact]
    public void Exact_KL_equals_a_dense_sum_over_every_pair()
    {
        // 203 points: not a multiple of the row block (8) or of any SIMD width, so every remainder path runs.
        var data = Flatten(GaussianClusters.Generate(clusters: 7, perCluster: 29, dimensions: 20, separation: 4, seed: 3).Rows);
        var map = RandomMap(203, spread: 12, seed: 5);
        var affinities = MapScoring.InputAffinities(data, 20, perplexity: 30);

        var expected = DenseKullbackLeibler(affinities, map);
        var actual = MapScoring.ExactKullbackLeibler(affinities, map);

        Assert.True(expected > 0.1, $"a random map should fit P badly; dense KL {expected}");
        Assert.Equal(1.0, actual / expected, 9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(1_100)] // more than one 1024-column chunk
    public void Z_equals_the_dense_sum(int points)
    {
        var map = RandomMap(points, spread: 30, seed: points);
        var expected = 0.0;
        for (var i = 0; i < points; i++)
        {
            for (var j = 0; j < points; j++)
            {
                if (i != j)
                {
                    expected += 1 / (1 + SquaredDistance(map, i, j));
                }
            }
        }

        Assert.Equal(expected, MapScoring.NormalizationSum(map), expected * 1e-12);
    }

    [Fact]
    public void Input_affinities_are_a_symmetric_distribution()
    {
        var data = Flatten(GaussianClusters.Generate(clusters: 4, perCluster: 50, dimensions: 10, separation: 5, seed: 1).Rows);
        var p = MapScoring.InputAffinities(data, 10, perplexity: 30);
        var dense = Dense(p);

        Assert.Equal(1.0, p.Values.Sum(), 12);
        for (var i = 0; i < p.PointCount; i++)
        {
            Assert.Equal(0, dense[i, i]);
            Assert.True(p.RowStart[i + 1] - p.RowStart[i] >= 91, "each row holds at least its own k = 3·30 + 1 neighbours");
            for (var j = 0; j < i; j++)
            {
                Assert.Equal(dense[i, j], dense[j, i], 15);
            }
        }
    }

    [Fact]
    public void Exact_KL_agrees_with_the_embedders_own_KL_when_its_Z_is_exact()
    {
        // Barnes–Hut with θ = 0 opens every cell, so its KL uses the exact Z, on the P the scorer builds. It reports the
        // KL of the positions before the last update, so the two differ by one small step of a converged map.
        var data = Flatten(GaussianClusters.Generate(clusters: 5, perCluster: 60, dimensions: 16, separation: 6, seed: 2).Rows);
        var result = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0, Method = TsneMethod.BarnesHut, Theta = 0 })
            .Embed(data, 300, 16);

        var exact = MapScoring.ExactKullbackLeibler(MapScoring.InputAffinities(data, 16, perplexity: 30), result.Coordinates);

        Assert.Equal(1.0, exact / result.KullbackLeiblerDivergence, 3);
    }

    [Fact]
    public void Tsne_score_writes_the_librarys_trustworthiness_and_the_exact_KL_of_each_map()
    {
        const int points = 240;
        var folder = Directory.CreateTempSubdirectory("tsne-score-").FullName;
        try
        {
            var data = LowDimensionalClusters.Generate(points, seed: 0);
            LowDimensionalClusters.WriteCsv(data, Path.Combine(folder, $"clusters-{points}.csv"));
            var maps = new Dictionary<string, double[]>
            {
                ["ours"] = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0, Method = TsneMethod.BarnesHut, Iterations = 300 })
                    .Embed(data, points, LowDimensionalClusters.Dimensions).Coordinates,
                ["random"] = RandomMap(points, spread: 20, seed: 9),
            };
            foreach (var (name, map) in maps)
            {
                File.WriteAllLines(Path.Combine(folder, $"map-{points}-{name}.csv"),
                    Enumerable.Range(0, points).Select(i => FormattableString.Invariant($"{map[2 * i]:R},{map[2 * i + 1]:R}")));
            }

            TsneScore.Run([points.ToString(CultureInfo.InvariantCulture), folder]);

            var scores = File.ReadAllLines(Path.Combine(folder, "scores.jsonl"))
                .Select(line => JsonDocument.Parse(line).RootElement)
                .ToDictionary(score => score.GetProperty("map").GetString()!);
            Assert.Equal(["ours", "random"], scores.Keys.Order());
            var affinities = MapScoring.InputAffinities(data, LowDimensionalClusters.Dimensions, perplexity: 30);
            foreach (var (name, map) in maps)
            {
                Assert.Equal(Trustworthiness.Compute(data, LowDimensionalClusters.Dimensions, map, 10),
                    scores[name].GetProperty("trustworthiness").GetDouble());
                Assert.Equal(MapScoring.ExactKullbackLeibler(affinities, map), scores[name].GetProperty("exact_kl").GetDouble());
            }

            Assert.True(scores["ours"].GetProperty("trustworthiness").GetDouble() > scores["random"].GetProperty("trustworthiness").GetDouble());
            Assert.True(scores["ours"].GetProperty("exact_kl").GetDouble() < scores["random"].GetProperty("exact_kl").GetDouble());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double DenseKullbackLeibler(JointAffinities affinities, double[] map)
    {
        var n = affinities.PointCount;
        var p = Dense(affinities);
        var w = new double[n, n];
        var z = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                w[i, j] = i == j ? 0 : 1 / (1 + SquaredDistance(map, i, j));
                z += w[i, j];
            }
        }

        var kl = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (p[i, j] > 0)
                {
                    kl += p[i, j] * Math.Log(p[i, j] / (w[i, j] / z));
                }
            }
        }

        return kl;
    }

    private static double[,] Dense(JointAffinities affinities)
    {
        var n = affinities.PointCount;
        var dense = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var e = affinities.RowStart[i]; e < affinities.RowStart[i + 1]; e++)
            {
                dense[i, affinities.Columns[e]] += affinities.Values[e];
            }
        }

        return dense;
    }

    private static double SquaredDistance(double[] map, int i, int j)
    {
        var dx = map[2 * i] - map[2 * j];
        var dy = map[2 * i + 1] - map[2 * j + 1];
        return dx * dx + dy * dy;
    }

    private static double[] RandomMap(int points, double spread, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 2 * points).Select(_ => spread * (random.NextDouble() - 0.5)).ToArray();
    }

    private static float[] Flatten(float[][] rows) => [.. rows.SelectMany(row => row)];
}

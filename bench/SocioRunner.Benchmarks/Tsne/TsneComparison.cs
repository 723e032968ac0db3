using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// One timed t-SNE run for bench/tsne-compare.sh: <c>tsne-compare &lt;points&gt; &lt;fft|barnes-hut|exact&gt; &lt;folder&gt;</c>.
/// Writes the data set (clusters-N.csv, once) and the map (map-N-method.csv) to the folder so scikit-learn reads the same
/// float32 values and checks our trustworthiness, and appends one JSON line to results.jsonl. Runs of tens of seconds to
/// minutes are measured once each (Stopwatch around Embed, data generation excluded), as the BenchmarkDotNet class does
/// with its Monitoring strategy. Trustworthiness is computed in the run only up to TSNE_TRUST_MAX points (default 20000).
/// </summary>
public static class TsneComparison
{
    public static void Run(string[] args)
    {
        var points = int.Parse(args[0], CultureInfo.InvariantCulture);
        var method = args[1] switch
        {
            "fft" => TsneMethod.Fft,
            "barnes-hut" => TsneMethod.BarnesHut,
            "exact" => TsneMethod.Exact,
            _ => throw new ArgumentException($"unknown method '{args[1]}' (fft, barnes-hut, exact)"),
        };
        var folder = args[2];
        var data = WriteData(points, folder);

        var clock = Stopwatch.StartNew();
        var map = new TsneEmbedder(new TsneEmbedderOptions { Seed = 0, Method = method })
            .Embed(data, points, LowDimensionalClusters.Dimensions);
        var seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        // Exact trustworthiness is O(N²·D): above TSNE_TRUST_MAX points (default 20000) it is left to `tsne-score`.
        var trustMax = int.TryParse(Environment.GetEnvironmentVariable("TSNE_TRUST_MAX"), out var limit) ? limit : 20000;
        double? trust = points <= trustMax
            ? Trustworthiness.Compute(data, LowDimensionalClusters.Dimensions, map.Coordinates, 10)
            : null;
        var trustSeconds = clock.Elapsed.TotalSeconds;
        File.WriteAllLines(
            Path.Combine(folder, $"map-{points}-{args[1]}.csv"),
            Enumerable.Range(0, map.PointCount).Select(i => FormattableString.Invariant($"{map.X(i):R},{map.Y(i):R}")));
        var line = JsonSerializer.Serialize(new
        {
            implementation = $"SocioRunner {args[1]}", n = points, seconds, kl = map.KullbackLeiblerDivergence,
            trustworthiness = trust, iterations = map.Iterations, trustworthiness_seconds = trustSeconds,
        });
        File.AppendAllLines(Path.Combine(folder, "results.jsonl"), [line]);
        Console.WriteLine(line);
    }

    /// <summary>
    /// <c>tsne-data &lt;points&gt; &lt;folder&gt;</c>: only writes clusters-N.csv (if absent), so scikit-learn can start on it
    /// before or beside our runs. Returns the data.
    /// </summary>
    public static float[] WriteData(int points, string folder)
    {
        Directory.CreateDirectory(folder);
        var data = LowDimensionalClusters.Generate(points, seed: 0);
        var dataFile = Path.Combine(folder, $"clusters-{points}.csv");
        if (!File.Exists(dataFile))
        {
            var temporary = dataFile + ".tmp";
            LowDimensionalClusters.WriteCsv(data, temporary);
            File.Move(temporary, dataFile, overwrite: true);
        }

        return data;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SocioRunner.Explain.Tsne.Embedding;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// <c>tsne-score &lt;points&gt; &lt;folder&gt; [map ...]</c>: scores every map-N-&lt;name&gt;.csv in the folder (ours from
/// <c>tsne-compare</c>, scikit-learn's from sklearn_reference.py; or only the named ones) against clusters-N.csv with
/// one code path (<see cref="MapScoring"/>): exact trustworthiness (k = 10) and exact KL(P‖Q) against the same
/// perplexity-30 P. Appends one JSON line per map to &lt;folder&gt;/scores.jsonl, which bench/tsne-compare.sh joins into
/// its table. P is built once per call (exact kNN, O(N²·D)), then each map costs O(N²) for Z and O(N²·D) for
/// trustworthiness.
/// </summary>
public static class TsneScore
{
    private const int TrustworthinessNeighbors = 10;
    private const double Perplexity = 30;

    public static void Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var points))
        {
            Console.Error.WriteLine("usage: tsne-score <points> <folder> [map name ...]");
            Environment.Exit(2);
            return;
        }

        var folder = args[1];
        var dataFile = Path.Combine(folder, $"clusters-{points}.csv");
        var prefix = $"map-{points}-";
        var maps = args.Length > 2
            ? args[2..].Select(name => Path.Combine(folder, $"{prefix}{name}.csv")).ToArray()
            : Directory.GetFiles(folder, $"{prefix}*.csv").Order(StringComparer.Ordinal).ToArray();
        foreach (var file in maps.Prepend(dataFile).Where(file => !File.Exists(file)))
        {
            Console.Error.WriteLine($"tsne-score: {file} not found");
            Environment.Exit(2);
            return;
        }

        var clock = Stopwatch.StartNew();
        var data = ReadData(dataFile, points, LowDimensionalClusters.Dimensions);
        var affinities = MapScoring.InputAffinities(data, LowDimensionalClusters.Dimensions, Perplexity);
        var affinitySeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant($"P for N={points}: {affinities.Values.Length} entries, {affinitySeconds:F1} s"));
        foreach (var file in maps)
        {
            var name = Path.GetFileNameWithoutExtension(file)[prefix.Length..];
            var map = ReadMap(file, points);
            clock.Restart();
            var kl = MapScoring.ExactKullbackLeibler(affinities, map);
            var klSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var trust = Trustworthiness.Compute(data, LowDimensionalClusters.Dimensions, map, TrustworthinessNeighbors);
            var trustSeconds = clock.Elapsed.TotalSeconds;
            var line = JsonSerializer.Serialize(new
            {
                n = points, map = name, exact_kl = kl, trustworthiness = trust, perplexity = Perplexity,
                affinity_seconds = affinitySeconds, kl_seconds = klSeconds, trustworthiness_seconds = trustSeconds,
            });
            File.AppendAllLines(Path.Combine(folder, "scores.jsonl"), [line]);
            Console.WriteLine(line);
        }
    }

    private static float[] ReadData(string path, int points, int columns)
    {
        var values = new float[points * columns];
        var row = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (row >= points || fields.Length != columns)
            {
                Console.Error.WriteLine($"tsne-score: {path} line {row + 1}: expected {points} rows of {columns} values");
                Environment.Exit(2);
            }

            for (var c = 0; c < columns; c++)
            {
                values[row * columns + c] = float.Parse(fields[c], CultureInfo.InvariantCulture);
            }

            row++;
        }

        if (row != points)
        {
            Console.Error.WriteLine($"tsne-score: {path} has {row} rows, expected {points}");
            Environment.Exit(2);
        }

        return values;
    }

    private static double[] ReadMap(string path, int points)
    {
        var lines = File.ReadAllLines(path).Where(line => line.Length > 0).ToArray();
        if (lines.Length != points)
        {
            Console.Error.WriteLine($"tsne-score: {path} has {lines.Length} rows, expected {points}");
            Environment.Exit(2);
        }

        var map = new double[2 * points];
        for (var i = 0; i < points; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length != 2)
            {
                Console.Error.WriteLine($"tsne-score: {path} line {i + 1}: expected 'x,y'");
                Environment.Exit(2);
            }

            map[2 * i] = double.Parse(fields[0], CultureInfo.InvariantCulture);
            map[2 * i + 1] = double.Parse(fields[1], CultureInfo.InvariantCulture);
        }

        return map;
    }
}

using System.Globalization;
using SocioRunner.Explain.Tsne.Embedding;
using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// <c>tsne-profile &lt;points&gt; [fft|barnes-hut] [iterations] [interpolation points] [intervals per unit]</c>: where a t-SNE run on
/// <see cref="LowDimensionalClusters"/> (128-D) spends its time, in process CPU time and wall time per phase: exact kNN,
/// perplexity calibration, symmetrisation, PCA start, and per gradient iteration (the FFT objective split into grid,
/// scatter, convolution, gather and attraction). Same settings and descent as <see cref="TsneEmbedder"/>'s defaults.
/// </summary>
public static class TsneProfile
{
    public static void Run(string[] args)
    {
        var points = int.Parse(args[0], CultureInfo.InvariantCulture);
        var method = args.Length > 1 ? args[1] : "fft";
        var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var options = new TsneEmbedderOptions
        {
            Seed = 0,
            InterpolationPoints = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3,
            IntervalsPerUnit = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 1,
        };
        var data = new FeatureMatrix(LowDimensionalClusters.Generate(points, seed: 0), points, LowDimensionalClusters.Dimensions);
        var clock = new PhaseClock();

        var neighbors = ExactNearestNeighbors.Find(data, (int)(3 * options.Perplexity + 1));
        clock.Lap("kNN (exact, k = 91)");
        var conditional = PerplexityCalibrator.ConditionalProbabilities(neighbors, options.Perplexity);
        clock.Lap("perplexity");
        var affinities = JointAffinities.Symmetrize(neighbors, conditional);
        clock.Lap("symmetrize");
        var positions = InitialLayout.Create(data, options.Initialization, options.Seed);
        clock.Lap("PCA start");
        foreach (var (phase, (cpu, phaseWall, _)) in clock.Phases)
        {
            Console.WriteLine(FormattableString.Invariant($"  {phase,-22} {cpu.TotalSeconds,8:F2} s CPU {phaseWall.TotalSeconds,8:F2} s wall"));
        }


        var fft = method == "fft" ? new FftObjective(affinities, options.InterpolationPoints, options.MinIntervals, options.IntervalsPerUnit) { Clock = clock } : null;
        ITsneObjective objective = fft ?? (ITsneObjective)new BarnesHutObjective(affinities, options.Theta);
        var descent = new GradientDescent(objective, options.ResolveLearningRate(points), options.MinGradientNorm);
        var exaggerationEnd = Math.Min(options.ExaggerationIterations, iterations);
        objective.Exaggeration = options.EarlyExaggeration;
        var start = Environment.CpuUsage.TotalTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var (error, last) = descent.Run(positions, 0, exaggerationEnd, 0.5, exaggerationEnd, CancellationToken.None);
        var boxesAfterExaggeration = fft?.LastBoxes;
        objective.Exaggeration = 1;
        if (last + 1 < iterations)
        {
            (error, last) = descent.Run(positions, last + 1, iterations, 0.8, options.IterationsWithoutProgress, CancellationToken.None);
        }

        var descentCpu = Environment.CpuUsage.TotalTime - start;
        var descentWall = wall.Elapsed;
        clock.Restart();
        // KL of the final map with the exact normaliser Z (Barnes–Hut at θ = 0 visits every pair): separates the
        // map's quality from the approximation of Z in the KL the FFT objective reports.
        var exactKl = points <= 20_000
            ? new BarnesHutObjective(affinities, theta: 0).Evaluate(positions, new double[positions.Length], computeError: true)
            : double.NaN;
        Console.WriteLine(FormattableString.Invariant(
            $"N = {points}, {method}, p = {options.InterpolationPoints}, {options.IntervalsPerUnit} intervals/unit, {last + 1} iterations, KL {error:F4} (exact Z: {exactKl:F4}), grid boxes {boxesAfterExaggeration} after exaggeration, {fft?.LastBoxes} at the end"));
        foreach (var (phase, (cpu, phaseWall, count)) in clock.Phases)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"  {phase,-22} {cpu.TotalSeconds,8:F2} s CPU {phaseWall.TotalSeconds,8:F2} s wall  ({count} laps, {cpu.TotalMilliseconds / count:F2} ms CPU each)"));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"  {"descent (all)",-22} {descentCpu.TotalSeconds,8:F2} s CPU {descentWall.TotalSeconds,8:F2} s wall  ({descentCpu.TotalMilliseconds / (last + 1):F2} ms CPU per iteration)"));
    }
}

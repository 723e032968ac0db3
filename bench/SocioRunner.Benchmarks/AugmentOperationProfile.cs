using System.Diagnostics;
using SocioRunner.Data.Batching;
using SocioRunner.Data.Images;

namespace SocioRunner.Benchmarks;

/// <summary>
/// Milliseconds per view for each augmentation operation, the straightforward managed reference
/// (<see cref="ImageTransforms"/>, from the 8-bit tile: <c>Rgb8.ToUnit</c> + <c>Apply</c>) against the fused CPU path
/// (<see cref="FusedImageTransforms"/>), one thread, on a synthetic 8-bit tile (run: <c>-- augment-profile [size]</c>).
/// Each row is a plan with that one step and no flips, erasing or min-max, so the row minus the "conversion only" row is
/// the operation's own cost; the last rows are the paper's full plans (flips, RandAugment n=2 m=9, erasing 0.25,
/// min-max), averaged over 64 drawn plans. CPU time of the thread is reported beside wall time (shared machine).
/// </summary>
public static class AugmentOperationProfile
{
    public static void Run(int size)
    {
        var random = new Random(3);
        var tile = new byte[3 * size * size];
        for (int i = 0; i < tile.Length; i++) tile[i] = (byte)(128 + 60 * Math.Sin(i * 0.001) + random.Next(-30, 30));
        var view = new float[tile.Length];
        var none = new AugmentationPlan(false, false, [], null, false);
        var rows = new List<(string Name, IReadOnlyList<AugmentationPlan> Plans)> { ("conversion only (no steps)", [none]) };
        foreach (var (name, step) in new (string, AugmentStep)[]
        {
            ("sharpness", new(AugmentOperation.Sharpness, 1.27)), ("contrast", new(AugmentOperation.Contrast, 1.27)),
            ("color", new(AugmentOperation.Color, 1.27)), ("brightness", new(AugmentOperation.Brightness, 1.27)),
            ("solarize", new(AugmentOperation.Solarize, 0.7f)), ("posterize", new(AugmentOperation.Posterize, 127)),
            ("autocontrast", new(AugmentOperation.AutoContrast)),
            ("rotate 5.4 deg", new(AugmentOperation.Affine, 0, new AffineWarp(0.0942, 0, 0, 0, 0))),
            ("shear x 0.09", new(AugmentOperation.Affine, 0, new AffineWarp(0, 0.09, 0, 0, 0))),
            ("translate 0.135 size", new(AugmentOperation.Affine, 0, new AffineWarp(0, 0, 0, 0.135 * size, 0.135 * size))),
        })
            rows.Add((name, [new AugmentationPlan(false, false, [step], null, false)]));
        rows.Add(("flips + min-max only", [new AugmentationPlan(true, true, [], null, true)]));
        var options = new TransformOptions { Size = size };
        rows.Add(("paper plan (64 drawn)", Enumerable.Range(0, 64).Select(s => AugmentationPlan.Draw(options, true, new Random(s))).ToList()));

        Console.WriteLine($"{size}x{size}, one thread, ms per view (best of 5 rounds)");
        Console.WriteLine("| plan | reference wall | reference CPU | fused wall | fused CPU | speed-up (CPU) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, plans) in rows)
        {
            var reference = Time(plans, plan => ImageTransforms.Apply(Rgb8.ToUnit(tile), size, plan));
            var fused = Time(plans, plan => FusedImageTransforms.Render(tile, size, plan, view));
            Console.WriteLine($"| {name} | {reference.Wall:F2} | {reference.Cpu:F2} | {fused.Wall:F2} | {fused.Cpu:F2} | {reference.Cpu / fused.Cpu:F1}x |");
        }
    }

    static (double Wall, double Cpu) Time(IReadOnlyList<AugmentationPlan> plans, Action<AugmentationPlan> render)
    {
        int repeats = Math.Max(1, 64 / plans.Count);
        foreach (var plan in plans) render(plan); // warm-up (JIT, scratch buffers)
        double bestWall = double.MaxValue, bestCpu = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            var cpu = ProcessCpu();
            var clock = Stopwatch.StartNew();
            for (int r = 0; r < repeats; r++) foreach (var plan in plans) render(plan);
            int views = repeats * plans.Count;
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalMilliseconds / views);
            bestCpu = Math.Min(bestCpu, (ProcessCpu() - cpu).TotalMilliseconds / views);
        }
        return (bestWall, bestCpu);
    }

    /// <summary>CPU time of the process (this profile runs on one thread; the GC's work on others is included, as it should be).</summary>
    static TimeSpan ProcessCpu() => Process.GetCurrentProcess().TotalProcessorTime;
}

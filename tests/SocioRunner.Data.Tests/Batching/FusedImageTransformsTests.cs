using SocioRunner.Data.Batching;
using SocioRunner.Data.Images;
using SocioRunner.Data.SyntheticCity;
using SocioRunner.Testing;

namespace SocioRunner.Data.Tests.Batching;

/// <summary>Real decoded tiles (synthetic-city PNGs) shared by <see cref="FusedImageTransformsTests"/>.</summary>
public sealed class RealTilesFixture : IDisposable
{
    readonly TempDirectory temp = new();

    public RealTilesFixture()
    {
        string root = temp.Sub("city");
        SyntheticCityGenerator.Generate(new SyntheticCityOptions { Tiles = 20, TileSize = 128, FlairPatches = 0, VoidTiles = 0, MissingIncome = 0 }, root, 5);
        Paths = Directory.GetFiles(root, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(6).ToArray();
    }

    public string[] Paths { get; }

    /// <summary>Decoded as training reads them: 8-bit CHW at <paramref name="size"/> (128: no resize; others: resampled).</summary>
    public byte[] Tile(int index, int size) => Rgb8.Load(Paths[index % Paths.Length], size);

    public void Dispose() => temp.Dispose();
}

/// <summary>
/// The fused CPU path (<see cref="FusedImageTransforms"/>) against the straightforward managed reference
/// (<see cref="ImageTransforms"/> on <see cref="Rgb8.ToUnit"/>) on real tiles, for every operation and parameter, with
/// and without flips, at sizes that exercise full vectors, vector tails and the scalar path of tiny images.
/// Tolerance: none. Every lane performs the reference's float/double operations in the reference's order, so the
/// results are bit-identical (a difference of one float rounding would also change posterize/solarize thresholds and
/// the warp's in-image test, so anything looser would hide a real divergence).
/// </summary>
public class FusedImageTransformsTests(RealTilesFixture tiles) : IClassFixture<RealTilesFixture>
{
    static readonly int[] Sizes = [128, 61, 9];

    static float[] Reference(byte[] tile, int size, AugmentationPlan plan) => ImageTransforms.Apply(Rgb8.ToUnit(tile), size, plan);

    static float[] Fused(byte[] tile, int size, AugmentationPlan plan)
    {
        var view = new float[tile.Length];
        Array.Fill(view, float.NaN); // every element must be written
        FusedImageTransforms.Render(tile, size, plan, view);
        return view;
    }

    static void AssertIdentical(float[] expected, float[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]) && expected[i] != actual[i])
                Assert.Fail($"{what}: element {i}: reference {expected[i]:R}, fused {actual[i]:R}");
    }

    public static TheoryData<string> Operations() => new(Enum.GetNames<AugmentOperation>());

    /// <summary>RandAugment's parameters at magnitudes 0, 9 (the paper's) and 30, both signs, plus out-of-range factors.</summary>
    static IEnumerable<AugmentStep> StepsOf(AugmentOperation operation, int size) => operation switch
    {
        AugmentOperation.Solarize => new[] { 0.0, 0.3, 0.7, 1.0 }.Select(t => new AugmentStep(operation, (float)t)),
        AugmentOperation.Posterize => new[] { 1, 3, 15, 127, 255 }.Select(l => new AugmentStep(operation, l)),
        AugmentOperation.Affine => new AffineWarp[]
        {
            new(0, 0, 0, 0, 0), new(0.157, 0, 0, 0, 0), new(-0.157, 0, 0, 0, 0), new(Math.PI / 6, 0, 0, 0, 0), new(-1.3, 0, 0, 0, 0),
            new(0, 0.09, 0, 0, 0), new(0, -0.3, 0, 0, 0), new(0, 0, 0.09, 0, 0), new(0, 0, -0.3, 0, 0),
            new(0, 0, 0, 0.135 * size, 0.135 * size), new(0, 0, 0, 0, -0.135 * size), new(0, 0, 0, 1, 1), new(0, 0, 0, -0.45 * size, 0.45 * size),
            new(0.3, 0.1, -0.05, 2.5, -1.25),
        }.Select(w => new AugmentStep(operation, 0, w)),
        _ => new[] { 0.0, 0.1, 0.73, 1.0, 1.27, 1.9, 3.0 }.Select(f => new AugmentStep(operation, f)),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Each_operation_gives_the_reference_s_values_on_real_tiles(string name)
    {
        var operation = Enum.Parse<AugmentOperation>(name);
        foreach (int size in Sizes)
            for (int t = 0; t < 3; t++)
            {
                var tile = tiles.Tile(t, size);
                foreach (var (step, k) in StepsOf(operation, size).Select((s, k) => (s, k)))
                {
                    bool flipH = (k + t) % 2 == 1, flipV = (k + t) % 3 == 1;
                    var plan = new AugmentationPlan(flipH, flipV, [step], null, MinMaxNormalize: false);
                    AssertIdentical(Reference(tile, size, plan), Fused(tile, size, plan), $"{step} on tile {t} at {size} px, flips {flipH}/{flipV}");
                }
            }
    }

    [Fact]
    public void Drawn_plans_with_flips_two_or_more_steps_erasing_and_min_max_give_the_reference_s_views()
    {
        foreach (int size in Sizes)
            foreach (var options in new[] { new TransformOptions { Size = size, RandomErasing = 0.5 }, new TransformOptions { Size = size, RandAugmentN = 4, RandAugmentMagnitude = 30, MinMaxNormalize = false } })
                for (int seed = 0; seed < 40; seed++)
                {
                    var plan = AugmentationPlan.Draw(options, train: true, new Random(seed));
                    var tile = tiles.Tile(seed, size);
                    AssertIdentical(Reference(tile, size, plan), Fused(tile, size, plan), $"seed {seed}, {size} px, steps {string.Join(", ", plan.Steps)}");
                }
    }

    [Fact]
    public void Evaluation_plans_scale_and_min_max_normalise_only()
    {
        var plan = AugmentationPlan.Evaluation(new TransformOptions { Size = 61 });
        var tile = tiles.Tile(1, 61);
        var view = Fused(tile, 61, plan);
        AssertIdentical(Reference(tile, 61, plan), view, "evaluation");
        Assert.Equal(0f, view.Min());
        Assert.Equal(1f, view.Max());
    }

    [Fact]
    public void Flat_images_follow_the_reference_autocontrast_keeps_them_and_min_max_zeroes_them()
    {
        var flat = Enumerable.Repeat((byte)77, 3 * 16 * 16).ToArray();
        var autoContrast = new AugmentationPlan(false, false, [new AugmentStep(AugmentOperation.AutoContrast)], null, MinMaxNormalize: false);
        AssertIdentical(Reference(flat, 16, autoContrast), Fused(flat, 16, autoContrast), "auto-contrast of a flat image");
        Assert.All(Fused(flat, 16, autoContrast), v => Assert.Equal(77 / 255f, v));
        var minMax = AugmentationPlan.Evaluation(new TransformOptions { Size = 16 });
        Assert.All(Fused(flat, 16, minMax), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Scratch_buffers_follow_the_image_size_from_call_to_call()
    {
        var plan = new AugmentationPlan(true, false, [new AugmentStep(AugmentOperation.Affine, 0, new AffineWarp(0.2, 0, 0, 0, 0)), new AugmentStep(AugmentOperation.Sharpness, 1.27)], null, true);
        foreach (int size in new[] { 128, 9, 61, 128 })
        {
            var tile = tiles.Tile(2, size);
            AssertIdentical(Reference(tile, size, plan), Fused(tile, size, plan), $"{size} px after other sizes");
        }
    }

    [Fact]
    public void Mismatched_buffers_are_refused_with_their_sizes()
    {
        var plan = AugmentationPlan.Evaluation(new TransformOptions { Size = 9 });
        var error = Assert.Throws<ArgumentException>(() => FusedImageTransforms.Render(new byte[3 * 81], 9, plan, new float[3 * 80]));
        Assert.Contains("243", error.Message);
        Assert.Throws<ArgumentException>(() => FusedImageTransforms.Render(new byte[3 * 80], 9, plan, new float[3 * 81]));
    }
}

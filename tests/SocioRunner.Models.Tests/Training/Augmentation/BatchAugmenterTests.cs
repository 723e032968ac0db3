using SocioRunner.Data.Batching;
using SocioRunner.Models.Training.Augmentation;
using static TorchSharp.torch;

namespace SocioRunner.Models.Tests.Training.Augmentation;

/// <summary>The batched tensor augmentation must reproduce the managed reference (<see cref="ImageTransforms"/>) plan for plan.</summary>
public class BatchAugmenterTests
{
    const int Size = 11;

    static ImageBatch RandomBatch(int count, int seed, Func<int, int, AugmentationPlan> plan, int views = 1)
    {
        var random = new Random(seed);
        var pixels = new byte[count * 3 * Size * Size];
        random.NextBytes(pixels);
        var plans = Enumerable.Range(0, views).Select(v => Enumerable.Range(0, count).Select(i => plan(v, i)).ToArray()).ToArray();
        return new ImageBatch(Enumerable.Range(0, count).Select(i => $"i{i}").ToArray(), new float[count], pixels, plans, count, Size);
    }

    static void AssertMatchesReference(ImageBatch batch, double tolerance = 2e-5)
    {
        using var result = new BatchAugmenter(CPU, batchedOnCpu: true).Finish(batch);
        for (int v = 0; v < batch.Views; v++)
        {
            float[] expected = batch.ReferenceView(v);
            float[] actual = result.Views[v].data<float>().ToArray();
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
                if (Math.Abs(expected[i] - actual[i]) > tolerance)
                    Assert.Fail($"view {v}, element {i} (image {i / (3 * Size * Size)}): reference {expected[i]}, tensor {actual[i]}");
        }
    }

    public static TheoryData<string> Operations() => new(Enum.GetNames<AugmentOperation>());

    [Theory]
    [MemberData(nameof(Operations))]
    public void Each_operation_matches_the_reference_for_every_parameter(string name)
    {
        var operation = Enum.Parse<AugmentOperation>(name);
        double[] factors = operation switch
        {
            AugmentOperation.Solarize => [0.3, 0.7, 1.0],
            AugmentOperation.Posterize => [1, 15, 127],
            _ => [0.73, 1.0, 1.27, 1.9],
        };
        AffineWarp[] warps =
        [
            new(0.157, 0, 0, 0, 0), new(-0.157, 0, 0, 0, 0), new(0, 0.09, 0, 0, 0), new(0, 0, -0.09, 0, 0),
            new(0, 0, 0, 1.485, 1.485), new(0, 0, 0, 0, -1.485), new(0, 0, 0, 0, 0),
        ];
        // Images 0..count-1 each get a different parameter; every other image keeps identity, so grouping is exercised.
        int count = 2 * (operation == AugmentOperation.Affine ? warps.Length : factors.Length);
        AssertMatchesReference(RandomBatch(count, 3, (_, i) => new AugmentationPlan(false, false,
            i % 2 == 1 ? [new AugmentStep(AugmentOperation.Identity)]
                : [new AugmentStep(operation, factors[i / 2 % factors.Length], warps[i / 2 % warps.Length])], null, false)));
    }

    [Fact]
    public void Drawn_plans_with_flips_erasing_and_min_max_match_the_reference_in_both_views()
    {
        var options = new TransformOptions { Size = Size, RandomErasing = 0.5 };
        AssertMatchesReference(RandomBatch(24, 5, (v, i) => AugmentationPlan.Draw(options, train: true, new Random(100 * v + i)), views: 2));
    }

    [Fact]
    public void Evaluation_batches_are_scaled_and_min_max_normalised_only()
    {
        var options = new TransformOptions { Size = Size };
        var batch = RandomBatch(4, 8, (_, _) => AugmentationPlan.Evaluation(options));
        AssertMatchesReference(batch, tolerance: 1e-6);
        using var result = new BatchAugmenter(CPU, batchedOnCpu: true).Finish(batch);
        Assert.Equal(0f, result.Views[0][0].min().item<float>());
        Assert.Equal(1f, result.Views[0][0].max().item<float>());
    }

    [Fact]
    public void On_the_cpu_the_managed_path_gives_the_batched_path_s_views()
    {
        var options = new TransformOptions { Size = Size, RandomErasing = 0.5 };
        var batch = RandomBatch(16, 9, (v, i) => AugmentationPlan.Draw(options, true, new Random(31 * v + i)), views: 2);
        var managed = new BatchAugmenter(CPU);
        Assert.False(managed.Batched);
        using var a = managed.Finish(batch);
        using var b = new BatchAugmenter(CPU, batchedOnCpu: true).Finish(batch);
        for (int v = 0; v < 2; v++)
        {
            Assert.Equal(batch.ReferenceView(v), a.Views[v].data<float>().ToArray());
            Assert.True(a.Views[v].allclose(b.Views[v], rtol: 0, atol: 2e-5));
        }
    }

    [Fact]
    public void Cpu_views_keep_their_values_through_compacting_collections()
    {
        var options = new TransformOptions { Size = Size, RandomErasing = 0.5 };
        var batch = RandomBatch(16, 4, (v, i) => AugmentationPlan.Draw(options, true, new Random(17 * v + i)), views: 2);
        using var result = new BatchAugmenter(CPU).Finish(batch);
        for (int round = 0; round < 3; round++)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            _ = new byte[1 << 16]; // churn so a moved array would be overwritten
        }
        for (int v = 0; v < 2; v++)
        {
            Assert.Equal(new long[] { 16, 3, Size, Size }, result.Views[v].shape);
            Assert.Equal(batch.ReferenceView(v), result.Views[v].data<float>().ToArray());
        }
    }

    [Fact]
    public void Same_batch_gives_identical_views_and_the_two_views_differ()
    {
        var options = new TransformOptions { Size = Size };
        var batch = RandomBatch(8, 2, (v, i) => AugmentationPlan.Draw(options, true, new Random(i * 7 + v)), views: 2);
        var augmenter = new BatchAugmenter(CPU, batchedOnCpu: true);
        using var a = augmenter.Finish(batch);
        using var b = augmenter.Finish(batch);
        Assert.Equal(a.Views[0].data<float>().ToArray(), b.Views[0].data<float>().ToArray());
        Assert.Equal(a.Views[1].data<float>().ToArray(), b.Views[1].data<float>().ToArray());
        Assert.NotEqual(a.Views[0].data<float>().ToArray(), a.Views[1].data<float>().ToArray());
    }
}

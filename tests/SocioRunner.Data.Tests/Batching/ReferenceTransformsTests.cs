using SocioRunner.Data.Batching;

namespace SocioRunner.Data.Tests.Batching;

/// <summary>The managed reference transforms on tiny hand-made images (the tensor path is checked against these).</summary>
public class ReferenceTransformsTests
{
    /// <summary>3 x 4 x 4 image whose value encodes (channel, row, column).</summary>
    static float[] Ramp() => Enumerable.Range(0, 48).Select(i => i / 47f).ToArray();

    static float At(float[] x, int c, int y, int col) => x[c * 16 + y * 4 + col];

    static AugmentationPlan Only(params AugmentStep[] steps) => new(false, false, steps, null, MinMaxNormalize: false);

    [Fact]
    public void Horizontal_flip_mirrors_columns_and_vertical_flip_rows()
    {
        var x = Ramp();
        var h = ImageTransforms.Apply(x, 4, new AugmentationPlan(true, false, [], null, false));
        var v = ImageTransforms.Apply(x, 4, new AugmentationPlan(false, true, [], null, false));
        Assert.Equal(At(x, 1, 2, 0), At(h, 1, 2, 3));
        Assert.Equal(At(x, 2, 0, 1), At(v, 2, 3, 1));
        Assert.Equal(Ramp(), x); // input untouched
    }

    [Fact]
    public void Integer_translation_shifts_pixels_and_fills_with_zero()
    {
        var x = Ramp();
        var moved = ImageTransforms.Apply(x, 4, Only(new AugmentStep(AugmentOperation.Affine, 0, new AffineWarp(0, 0, 0, 0, 1))));
        Assert.Equal(At(x, 0, 1, 1), At(moved, 0, 2, 1), 6);
        Assert.Equal(0f, At(moved, 0, 0, 1));
        Assert.Equal(0f, At(moved, 0, 2, 3)); // the last column's 2x2 neighbourhood leaves the image
    }

    [Fact]
    public void Point_operations_match_their_definitions()
    {
        var x = Ramp();
        var solarized = ImageTransforms.Apply(x, 4, Only(new AugmentStep(AugmentOperation.Solarize, 0.5)));
        Assert.All(Enumerable.Range(0, 48), i => Assert.Equal(x[i] >= 0.5f ? 1 - x[i] : x[i], solarized[i]));
        var posterized = ImageTransforms.Apply(x, 4, Only(new AugmentStep(AugmentOperation.Posterize, 3)));
        Assert.All(posterized, v => Assert.Contains(v, new[] { 0f, 1 / 3f, 2 / 3f, 1f }));
        var brighter = ImageTransforms.Apply(x, 4, Only(new AugmentStep(AugmentOperation.Brightness, 1.27)));
        Assert.Equal(1f, brighter.Max());
        Assert.Equal(x[5] * 1.27f, brighter[5], 6);
        var stretched = ImageTransforms.Apply(x, 4, Only(new AugmentStep(AugmentOperation.AutoContrast)));
        Assert.Equal(0f, At(stretched, 2, 0, 0));
        Assert.Equal(1f, At(stretched, 2, 3, 3), 6);
    }

    [Fact]
    public void Erasing_zeroes_the_box_in_every_channel_and_min_max_spans_zero_to_one()
    {
        var x = Enumerable.Repeat(0.5f, 48).ToArray();
        x[47] = 0.75f;
        var erased = ImageTransforms.Apply(x, 4, new AugmentationPlan(false, false, [], new EraseBox(1, 1, 2, 2), MinMaxNormalize: true));
        foreach (int c in new[] { 0, 1, 2 })
        {
            Assert.Equal(0f, At(erased, c, 1, 1));
            Assert.Equal(0f, At(erased, c, 2, 2));
            Assert.Equal(0.5f / 0.75f, At(erased, c, 0, 0), 6);
        }
        Assert.Equal(1f, erased[47]);
    }
}

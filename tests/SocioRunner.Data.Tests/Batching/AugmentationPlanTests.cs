using SocioRunner.Data.Batching;

namespace SocioRunner.Data.Tests.Batching;

public class AugmentationPlanTests
{
    static readonly TransformOptions Paper = new() { Size = 40 };

    static List<AugmentationPlan> Draws(int count, TransformOptions options) =>
        Enumerable.Range(0, count).Select(seed => AugmentationPlan.Draw(options, train: true, new Random(seed))).ToList();

    [Fact]
    public void Same_seed_draws_the_same_plan_and_seeds_differ()
    {
        var a = AugmentationPlan.Draw(Paper, true, new Random(7));
        var b = AugmentationPlan.Draw(Paper, true, new Random(7));
        Assert.Equal(a.FlipHorizontal, b.FlipHorizontal);
        Assert.Equal(a.FlipVertical, b.FlipVertical);
        Assert.Equal(a.Steps, b.Steps);
        Assert.Equal(a.Erase, b.Erase);
        Assert.True(Draws(20, Paper).Select(p => string.Join(";", p.Steps)).Distinct().Count() > 10);
    }

    [Fact]
    public void Evaluation_plan_only_normalises()
    {
        var plan = AugmentationPlan.Draw(Paper, train: false, new Random(1));
        Assert.False(plan.FlipHorizontal || plan.FlipVertical);
        Assert.Empty(plan.Steps);
        Assert.Null(plan.Erase);
        Assert.True(plan.MinMaxNormalize);
    }

    [Fact]
    public void Parameters_follow_the_magnitude_and_the_erasing_ranges()
    {
        var plans = Draws(2000, Paper);
        var steps = plans.SelectMany(p => p.Steps).ToList();
        Assert.All(plans, p => Assert.Equal(2, p.Steps.Count));
        Assert.Equal(Enum.GetValues<AugmentOperation>().ToHashSet(), steps.Select(s => s.Operation).ToHashSet());
        const double m = 9 / 30.0;
        foreach (var s in steps)
        {
            switch (s.Operation)
            {
                case AugmentOperation.Sharpness or AugmentOperation.Contrast or AugmentOperation.Color or AugmentOperation.Brightness:
                    Assert.Contains(s.Factor, new[] { 1 - 0.9 * m, 1 + 0.9 * m }); break;
                case AugmentOperation.Solarize: Assert.Equal((float)(1 - m), s.Factor); break;
                case AugmentOperation.Posterize: Assert.Equal(127, s.Factor); break; // 8 - (int)(0.3 * 4) = 7 bits
                case AugmentOperation.Affine:
                    var w = s.Affine;
                    int nonZero = new[] { w.Angle, w.ShearX, w.ShearY }.Count(v => v != 0) + (w.Ty != 0 ? 1 : 0);
                    Assert.Equal(1, nonZero);
                    if (w.Angle != 0) Assert.Equal(30 * m * Math.PI / 180, Math.Abs(w.Angle), 12);
                    if (w.ShearX != 0) Assert.Equal(0.3 * m, Math.Abs(w.ShearX), 12);
                    if (w.ShearY != 0) Assert.Equal(0.3 * m, Math.Abs(w.ShearY), 12);
                    if (w.Ty != 0) { Assert.Equal(0.45 * m * 40, Math.Abs(w.Ty), 12); Assert.Contains(w.Tx, new[] { 0, w.Ty }); }
                    break;
            }
        }
        double flipRate = plans.Count(p => p.FlipHorizontal) / (double)plans.Count;
        Assert.InRange(flipRate, 0.45, 0.55);
        var boxes = plans.Where(p => p.Erase is not null).Select(p => p.Erase!.Value).ToList();
        Assert.InRange(boxes.Count / (double)plans.Count, 0.21, 0.29);
        Assert.All(boxes, b =>
        {
            Assert.InRange(b.Y, 0, 40 - b.Height);
            Assert.InRange(b.X, 0, 40 - b.Width);
            Assert.InRange(b.Height * b.Width / 1600.0, 0.01, 0.36); // 2-33 % before rounding the sides
        });
    }

    [Fact]
    public void Disabled_transforms_are_never_drawn()
    {
        var none = new TransformOptions { Size = 16, HorizontalFlip = false, VerticalFlip = false, RandAugment = false, RandomErasing = 0 };
        Assert.All(Draws(200, none), p => Assert.True(!p.FlipHorizontal && !p.FlipVertical && p.Steps.Count == 0 && p.Erase is null));
    }
}

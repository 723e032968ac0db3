using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tests.Tcav.Scoring;

public sealed class StandardizerTests
{
    [Fact]
    public void Fit_uses_population_std_and_unit_scale_for_constant_features()
    {
        var scaler = Standardizer.Fit([[0f, 10f], [4f, 10f]]);

        Assert.Equal([2f, 10f], scaler.Mean);
        Assert.Equal([2f, 1f], scaler.Scale);
        Assert.Equal([1f, 0f], scaler.Transform([4f, 10f]));
    }

    [Fact]
    public void DirectionToRaw_divides_by_scale()
    {
        var scaler = Standardizer.Fit([[0f, 0f], [4f, 1f]]); // scales 2 and 0.5

        Assert.Equal([0.5f, 2f], scaler.DirectionToRaw([1f, 1f]));
    }

    [Fact]
    public void Raw_direction_gives_the_same_decision_up_to_a_constant()
    {
        var random = new Random(3);
        var rows = Enumerable.Range(0, 20).Select(_ => new[] { (float)random.NextDouble() * 100, (float)random.NextDouble() * 0.01f, (float)random.NextDouble() }).ToArray();
        var scaler = Standardizer.Fit(rows);
        float[] w = [0.3f, -1.2f, 0.7f];
        var raw = scaler.DirectionToRaw(w);

        var differences = rows.Select(x => VectorMath.Dot(w, scaler.Transform(x)) - VectorMath.Dot(raw, x)).ToArray();

        Assert.All(differences, d => Assert.Equal(differences[0], d, 3));
    }
}

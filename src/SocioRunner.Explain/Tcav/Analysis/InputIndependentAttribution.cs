namespace SocioRunner.Explain.Tcav.Analysis;

/// <summary>
/// Per-interval scores compare how the model's response along a CAV changes with the outcome. When a layer's attribution
/// is the same for every input (the gradient at a layer that only linear maps follow, e.g. <c>avgpool</c> before the
/// linear head), every input gets the same directional derivative: each interval's score repeats the overall one by
/// construction and cannot show an effect that depends on the outcome (docs/tcav.md, the CAV-method study). Detected from
/// the attributions themselves, not assumed from the layer's name, so any architecture is judged by what it computed.
/// </summary>
public static class InputIndependentAttribution
{
    /// <summary>Relative tolerance: batched float32 arithmetic differs by ~1e-7 of the largest value; any real dependence on the input is far larger.</summary>
    const double RelativeTolerance = 1e-5;

    /// <summary>True when every input's attribution equals the first input's, up to float noise (at least two inputs).</summary>
    public static bool IsSameForEveryInput(IReadOnlyList<float[]> attributions)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        if (attributions.Count < 2)
        {
            return false;
        }

        var first = attributions[0];
        double scale = attributions.Max(row => row.Length == 0 ? 0 : row.Max(v => Math.Abs((double)v)));
        if (scale == 0)
        {
            return true;
        }

        double tolerance = RelativeTolerance * scale;
        return attributions.All(row => row.Length == first.Length && row.Select((v, d) => Math.Abs((double)v - first[d])).All(difference => difference <= tolerance));
    }

    /// <summary>The warning a run with per-interval scores at such a layer carries.</summary>
    public static string Warning(string layer, int intervals) =>
        $"layer {layer}: the attribution is the same for every input (only linear maps follow the layer), so the {intervals} "
        + "per-interval scores repeat the overall one by construction and cannot show an effect that depends on the outcome; "
        + "test a layer below the last non-linearity (e.g. block2) for per-interval effects (docs/tcav.md)";
}

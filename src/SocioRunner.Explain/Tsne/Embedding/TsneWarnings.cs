namespace SocioRunner.Explain.Tsne.Embedding;

/// <summary>Wording of the settings the embedder changes instead of failing (shown to the user and stored with the map).</summary>
public static class TsneWarnings
{
    public static string PerplexityLowered(double requested, double used, int pointCount) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"perplexity {requested:0.##} is too large for {pointCount} points (each point needs about 3 x perplexity neighbours); "
        + $"used perplexity {used:0.##} = (N - 1) / 3 instead. Embed more points or set a lower perplexity to silence this.");
}

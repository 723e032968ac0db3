using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Data.Concepts.Flair;

/// <summary>"The share of mask pixels whose class is in <see cref="Classes"/> lies in [<see cref="Min"/>, <see cref="Max"/>]".</summary>
public sealed record ConceptRule
{
    /// <summary>FLAIR class codes (1..19).</summary>
    public List<int> Classes { get; init; } = [];

    [Range(0.0, 1.0)] public double Min { get; init; }

    [Range(0.0, 1.0)] public double Max { get; init; } = 1.0;

    public bool Matches(ReadOnlySpan<int> histogram, int pixels)
    {
        int count = 0;
        foreach (int c in Classes) if (c >= 0 && c < histogram.Length) count += histogram[c];
        double share = pixels == 0 ? 0 : (double)count / pixels;
        return share >= Min && share <= Max;
    }
}

using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Models.Encoders.SmallCnn;

/// <summary>Options of <c>encoder/small-cnn</c>: the fast CNN for quick runs on small tiles.</summary>
public sealed record SmallCnnEncoderOptions
{
    /// <summary>Channel width of each block; the embedding length is the last width.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [32, 64, 128];

    /// <summary>Expected square input size in pixels.</summary>
    [Range(8, 1024)]
    public int InputSize { get; init; } = 40;
}

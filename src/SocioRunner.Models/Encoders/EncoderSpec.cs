using System.Text.Json.Serialization;

namespace SocioRunner.Models.Encoders;

/// <summary>Architecture of an encoder as stored in an artifact's <c>model.json</c> (<c>encoder</c> object).</summary>
/// <param name="Architecture"><c>resnet</c> or <c>small-cnn</c>.</param>
/// <param name="Depth">ResNet depth (18, 34, 50).</param>
/// <param name="Widths">Small CNN channel widths, one per block.</param>
/// <param name="InputSize">Expected square input size in pixels.</param>
/// <param name="EmbeddingDim">Length of the pooled embedding.</param>
public sealed record EncoderSpec(
    [property: JsonPropertyName("architecture")] string Architecture,
    [property: JsonPropertyName("depth")] int? Depth,
    [property: JsonPropertyName("widths")] IReadOnlyList<int>? Widths,
    [property: JsonPropertyName("input_size")] int InputSize,
    [property: JsonPropertyName("embedding_dim")] int EmbeddingDim)
{
    public const string ResNet = "resnet";
    public const string SmallCnn = "small-cnn";

    public override string ToString() => Architecture == ResNet ? $"resnet{Depth}" : $"small-cnn[{string.Join(",", Widths ?? [])}]";
}

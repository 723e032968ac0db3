using System.Text.Json;
using System.Text.Json.Serialization;
using SocioRunner.Models.Encoders;

namespace SocioRunner.Models.Artifacts;

/// <summary>The <c>model.json</c> of <c>encoder</c> and <c>model</c> artifacts: the encoder's architecture and, for models, the head.</summary>
public sealed record ModelDescription(
    [property: JsonPropertyName("encoder")] EncoderSpec Encoder,
    [property: JsonPropertyName("head")] HeadSpec? Head,
    [property: JsonPropertyName("source")] string? Source = null)
{
    static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModelDescription Parse(string json, string path) =>
        JsonSerializer.Deserialize<ModelDescription>(json, Json) is { Encoder: not null } description
            ? description
            : throw new InvalidDataException($"{path} does not describe an encoder");
}

/// <summary>A regression head: <c>linear</c> (<c>Linear(InFeatures, OutFeatures)</c>) or <c>mlp</c> (one hidden ReLU layer of
/// <see cref="HiddenUnits"/>; <see cref="RegressionHead"/>).</summary>
public sealed record HeadSpec(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("in_features")] int InFeatures,
    [property: JsonPropertyName("out_features")] int OutFeatures,
    [property: JsonPropertyName("hidden_units")] int? HiddenUnits = null);

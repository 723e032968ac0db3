using System.Text.Json.Nodes;

namespace SocioRunner.Data.Batching;

/// <summary>
/// The input preprocessing a model was trained with, recorded in the manifest of every <c>encoder</c> and <c>model</c>
/// artifact (and in run.json), so readers that feed images to a model (TCAV, t-SNE) do exactly what training did:
/// decode to RGB in [0, 1], resize to <see cref="Size"/> x <see cref="Size"/>, then <see cref="Normalization"/>.
/// The evaluation half of <see cref="TransformOptions"/>: augmentation applies to training batches only and is not part of it.
/// </summary>
public sealed record InputPreprocessing(int Size, ImageNormalization Normalization)
{
    const string SizeKey = "size", ScaleKey = "scale", NormalizationKey = "normalization";
    const string UnitScale = "rgb-unit";

    /// <summary>The original project's preprocessing (min-max per image), the default of every model that records none.</summary>
    public static InputPreprocessing Original(int size) => new(size, ImageNormalization.MinMaxPerImage);

    /// <summary>What a training run with <paramref name="transforms"/> feeds its model at evaluation time.</summary>
    public static InputPreprocessing Of(TransformOptions transforms) =>
        new(transforms.Size, transforms.MinMaxNormalize ? ImageNormalization.MinMaxPerImage : ImageNormalization.None);

    public JsonObject ToJson() => new()
    {
        [SizeKey] = Size,
        [ScaleKey] = UnitScale,
        [NormalizationKey] = Name(Normalization),
    };

    /// <summary>Null when <paramref name="json"/> is null (the artifact recorded none); a malformed record fails naming <paramref name="where"/>.</summary>
    public static InputPreprocessing? FromJson(JsonNode? json, string where)
    {
        if (json is null) return null;
        if (json is not JsonObject record
            || record[SizeKey] is not JsonValue sizeValue || !sizeValue.TryGetValue(out int size) || size < 1
            || record[NormalizationKey] is not JsonValue normalizationValue || !normalizationValue.TryGetValue(out string? name)
            || Parse(name) is not { } normalization
            || record[ScaleKey] is JsonValue scale && (!scale.TryGetValue(out string? unit) || unit != UnitScale))
        {
            throw new InvalidDataException(
                $"{where}: preprocessing {json.ToJsonString()} is not understood; expected {{\"size\": <pixels>, \"scale\": \"{UnitScale}\", \"normalization\": \"{Name(ImageNormalization.MinMaxPerImage)}\" or \"{Name(ImageNormalization.None)}\"}}");
        }

        return new InputPreprocessing(size, normalization);
    }

    public override string ToString() => $"{Size}x{Size}, {Name(Normalization)}";

    static string Name(ImageNormalization normalization) => normalization switch
    {
        ImageNormalization.MinMaxPerImage => "min-max-per-image",
        _ => "none",
    };

    static ImageNormalization? Parse(string? name) => name switch
    {
        "min-max-per-image" => ImageNormalization.MinMaxPerImage,
        "none" => ImageNormalization.None,
        _ => null,
    };
}

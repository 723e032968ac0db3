using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Models.Encoders;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Artifacts;

/// <summary>Reads and writes <c>encoder</c> and <c>model</c> artifacts (<c>model.json</c>, <c>encoder.dat</c>, <c>head.dat</c>).</summary>
public static class ModelArtifact
{
    public const string DescriptionFile = "model.json";
    public const string EncoderWeightsFile = "encoder.dat";
    public const string HeadWeightsFile = "head.dat";
    public const string SafetensorsFile = "encoder.safetensors";

    /// <summary>Loads a <c>model</c> artifact (encoder + head) in eval mode on <paramref name="device"/>.</summary>
    public static RegressionModel LoadModel(ArtifactHandle handle, Device device)
    {
        if (handle.Type != ArtifactTypes.Model)
            throw ModelErrors.NotAModel(handle.NodeId, handle.Type);
        return LoadModel(handle.Directory, device);
    }

    /// <summary>Loads the encoder of an <c>encoder</c> or <c>model</c> artifact in eval mode on <paramref name="device"/>.</summary>
    public static StagedEncoder LoadEncoder(ArtifactHandle handle, Device device)
    {
        if (handle.Type != ArtifactTypes.Encoder && handle.Type != ArtifactTypes.Model)
            throw ModelErrors.NotAnEncoder(handle.NodeId, handle.Type);
        return LoadEncoder(handle.Directory, device);
    }

    public static StagedEncoder LoadEncoder(string directory, Device device)
    {
        var description = ReadDescription(directory);
        var encoder = EncoderFactory.Create(description.Encoder);
        LoadWeights(encoder, Path.Combine(directory, EncoderWeightsFile));
        encoder.to(device);
        encoder.eval();
        return encoder;
    }

    public static RegressionModel LoadModel(string directory, Device device)
    {
        var description = ReadDescription(directory);
        var encoder = EncoderFactory.Create(description.Encoder);
        LoadWeights(encoder, Path.Combine(directory, EncoderWeightsFile));
        if (RegressionHead.Problem(description.Head) is string problem) throw ModelErrors.BadHead(Path.Combine(directory, DescriptionFile), problem);
        var head = RegressionHead.Create(description.Head, encoder.EmbeddingDim);
        LoadWeights(head, Path.Combine(directory, HeadWeightsFile));
        var model = new RegressionModel(encoder, head);
        model.to(device);
        model.eval();
        return model;
    }

    public static ModelDescription ReadDescription(string directory)
    {
        string path = Path.Combine(directory, DescriptionFile);
        if (!File.Exists(path)) throw ModelErrors.NoDescription(path);
        return ModelDescription.Parse(File.ReadAllText(path), path);
    }

    /// <summary>
    /// The input preprocessing the artifact's manifest records. Artifacts cached before it was recorded carry none:
    /// for them it is read from the training options their manifest does record (<c>transforms.size</c>,
    /// <c>transforms.min_max_normalize</c>), and only an artifact without either (an untrained encoder) gets the
    /// original's min-max per image at the encoder's input size.
    /// </summary>
    public static InputPreprocessing Preprocessing(ArtifactHandle handle, StagedEncoder encoder)
    {
        try
        {
            return InputPreprocessing.FromJson(handle.Manifest.Preprocessing, $"input '{handle.NodeId}' (artifact {handle.Key[..Math.Min(12, handle.Key.Length)]})")
                ?? FromTrainingOptions(handle.Manifest.Options, encoder.InputSize)
                ?? InputPreprocessing.Original(encoder.InputSize);
        }
        catch (InvalidDataException error)
        {
            throw ModelErrors.BadPreprocessing(error);
        }
    }

    /// <summary>The evaluation half of a training node's recorded <c>transforms</c> option; null when there is none.</summary>
    static InputPreprocessing? FromTrainingOptions(JsonNode? options, int encoderSize)
    {
        if (options?["transforms"] is not JsonObject transforms) return null;
        int size = transforms["size"] is JsonValue s && s.TryGetValue(out int recorded) ? recorded : encoderSize;
        bool minMax = transforms["min_max_normalize"] is not JsonValue m || !m.TryGetValue(out bool value) || value;
        return new InputPreprocessing(size, minMax ? ImageNormalization.MinMaxPerImage : ImageNormalization.None);
    }

    /// <summary>Writes the encoder artifact of a node and records its input preprocessing in the manifest.</summary>
    public static void SaveEncoder(NodeContext context, StagedEncoder encoder, InputPreprocessing preprocessing, string source)
    {
        SaveEncoder(encoder, context.OutputDirectory, source);
        context.RecordPreprocessing(preprocessing.ToJson());
    }

    /// <summary>Writes the model artifact of a node and records its input preprocessing in the manifest.</summary>
    public static void SaveModel(NodeContext context, RegressionModel model, InputPreprocessing preprocessing, string source)
    {
        SaveModel(model, context.OutputDirectory, source);
        context.RecordPreprocessing(preprocessing.ToJson());
    }

    /// <summary>Writes an encoder artifact's <c>model.json</c> and <c>encoder.dat</c>.</summary>
    public static void SaveEncoder(StagedEncoder encoder, string directory, string? source = null)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, DescriptionFile), new ModelDescription(encoder.Spec, null, source).ToJson());
        encoder.save(Path.Combine(directory, EncoderWeightsFile));
    }

    /// <summary>Writes a model artifact's <c>model.json</c>, <c>encoder.dat</c> and <c>head.dat</c>.</summary>
    public static void SaveModel(RegressionModel model, string directory, string? source = null)
    {
        Directory.CreateDirectory(directory);
        var head = RegressionHead.Describe(model.Head, model.Encoder.EmbeddingDim);
        File.WriteAllText(Path.Combine(directory, DescriptionFile), new ModelDescription(model.Encoder.Spec, head, source).ToJson());
        model.Encoder.save(Path.Combine(directory, EncoderWeightsFile));
        model.Head.save(Path.Combine(directory, HeadWeightsFile));
    }

    static void LoadWeights(nn.Module module, string path)
    {
        if (!File.Exists(path)) throw ModelErrors.MissingWeights(path);
        try
        {
            module.load(path);
        }
        catch (Exception e) when (e is not SocioException)
        {
            throw ModelErrors.WeightsDoNotFit(path, module.GetName(), e);
        }
    }
}

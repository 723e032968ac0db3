using SocioRunner.Core.Errors;

namespace SocioRunner.Models;

/// <summary>All wording of the model artifact, checkpoint and device errors in one place; each names the file, input or option and says what to do.</summary>
internal static class ModelErrors
{
    public static InvalidInputException NotAModel(string nodeId, string type) =>
        new($"input from '{nodeId}' is a {type} artifact; a model (encoder + head) is needed");

    public static InvalidInputException NotAnEncoder(string nodeId, string type) =>
        new($"input from '{nodeId}' is a {type} artifact; an encoder or model is needed");

    public static InvalidInputException NoDescription(string path) => new($"{path} is missing: not an encoder or model artifact");

    public static InvalidInputException BadPreprocessing(InvalidDataException error) => new(error.Message, error);

    public static InvalidInputException BadHead(string path, string problem) => new($"{path}: {problem}");

    public static InvalidInputException MissingWeights(string path) => new($"{path} is missing");

    public static InvalidInputException WeightsDoNotFit(string path, string module, Exception error) =>
        new($"{path} cannot be loaded into {module}: {error.Message}", error);

    public static InvalidInputException CheckpointDoesNotFit(string path, string spec, IEnumerable<string> problems) =>
        new($"{path} does not fit encoder {spec}: " + string.Join("; ", problems));

    public static InvalidInputException CheckpointNotFound(string path) => new($"checkpoint not found: {path}");

    public static InvalidInputException UnreadableCheckpoint(string path, Exception error) =>
        new($"{path} is not a readable PyTorch checkpoint (torch.save zip with tensors, dicts and lists only): {error.Message}", error);

    public static InvalidInputException CheckpointWithoutTensors(string path) => new($"{path} holds no tensors under 'state_dict'");

    public static InvalidInputException NoCuda() =>
        new("device: cuda was requested but no CUDA device is available (this build uses the CPU TorchSharp backend unless built with -p:TorchBackend=cuda); use device: auto or cpu");

    public static InvalidInputException UnknownDevice(string setting) => new($"device: unknown value '{setting}'; use auto, cpu or cuda");
}

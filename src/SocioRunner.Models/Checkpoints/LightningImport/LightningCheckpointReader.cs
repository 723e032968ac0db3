using System.Collections;
using SocioRunner.Core.Errors;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace SocioRunner.Models.Checkpoints.LightningImport;

/// <summary>
/// Reads the original project's Lightning checkpoints with TorchSharp.PyBridge's restricted unpickler (it rebuilds
/// dicts, lists, scalars and tensors only) and copies the encoder and head weights into a <see cref="RegressionModel"/>,
/// failing with every missing, unexpected or mis-shaped key listed.
/// </summary>
public static class LightningCheckpointReader
{
    /// <summary>Keys a PyTorch state dict may hold that TorchSharp modules do not need.</summary>
    static bool Ignorable(string key) => key.EndsWith("num_batches_tracked", StringComparison.Ordinal) || key.StartsWith("fc.", StringComparison.Ordinal);

    public static RegressionModel Load(string path, EncoderSpec spec, string encoderPrefix, string headPrefix)
    {
        var stateDict = ReadStateDict(path);
        var encoder = EncoderFactory.Create(spec);
        var model = new RegressionModel(encoder);
        var problems = new List<string>();
        Copy(path, stateDict, encoderPrefix, encoder.state_dict(), problems);
        Copy(path, stateDict, headPrefix, model.Head.state_dict(), problems);
        var unexpected = stateDict.Keys
            .Where(k => k.StartsWith(encoderPrefix, StringComparison.Ordinal) && !encoder.state_dict().ContainsKey(k[encoderPrefix.Length..]) && !Ignorable(k[encoderPrefix.Length..]))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unexpected.Count > 0) problems.Add($"unexpected keys: {Summarize(unexpected)}");
        if (problems.Count > 0)
        {
            model.Dispose();
            throw ModelErrors.CheckpointDoesNotFit(path, spec.ToString(), problems);
        }
        model.eval();
        return model;
    }

    /// <summary>The checkpoint's <c>state_dict</c> (or the file itself when it is a bare state dict), as name to tensor.</summary>
    public static Dictionary<string, Tensor> ReadStateDict(string path)
    {
        if (!File.Exists(path)) throw ModelErrors.CheckpointNotFound(path);
        Hashtable top;
        try
        {
            PickledDictionary.Register();
            top = PyTorchUnpickler.UnpickleStateDict(path);
        }
        catch (Exception e) when (e is not SocioException)
        {
            throw ModelErrors.UnreadableCheckpoint(path, e);
        }
        var source = top["state_dict"] as IDictionary ?? top;
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in source)
            if (entry.Key is string key && entry.Value is Tensor tensor) tensors[key] = tensor;
        if (tensors.Count == 0) throw ModelErrors.CheckpointWithoutTensors(path);
        return tensors;
    }

    static void Copy(string path, Dictionary<string, Tensor> source, string prefix, IDictionary<string, Tensor> target, List<string> problems)
    {
        var missing = new List<string>();
        using var noGrad = no_grad();
        foreach (var (name, parameter) in target)
        {
            if (!source.TryGetValue(prefix + name, out var value))
            {
                if (!Ignorable(name)) missing.Add(prefix + name);
                continue;
            }
            if (!value.shape.SequenceEqual(parameter.shape))
            {
                problems.Add($"{prefix + name} has shape [{string.Join(", ", value.shape)}] in the checkpoint, the model needs [{string.Join(", ", parameter.shape)}]");
                continue;
            }
            parameter.copy_(value.to(parameter.dtype));
        }
        if (missing.Count > 0) problems.Add($"missing keys: {Summarize(missing)}");
    }

    static string Summarize(List<string> keys) =>
        string.Join(", ", keys.Take(8)) + (keys.Count > 8 ? $" (and {keys.Count - 8} more)" : "");
}

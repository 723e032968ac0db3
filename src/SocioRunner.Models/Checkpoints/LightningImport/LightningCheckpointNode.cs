using SocioRunner.Core.Nodes;
using SocioRunner.Data.Batching;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders;
using SocioRunner.Models.Internal;
using TorchSharp.PyBridge;

namespace SocioRunner.Models.Checkpoints.LightningImport;

/// <summary><c>model/lightning-checkpoint</c>: a model artifact (encoder + head) from the original project's <c>.ckpt</c> file.</summary>
public sealed class LightningCheckpointNode : NodeKind<LightningCheckpointOptions>
{
    public override string Name => "model/lightning-checkpoint";

    public override string Description => "import a PyTorch Lightning checkpoint of the original project (encoder + prediction layer)";

    public override IReadOnlyList<InputSlot> Inputs => [];

    public override string OutputType => ArtifactTypes.Model;

    protected override IEnumerable<OptionProblem> Validate(LightningCheckpointOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path)) yield return new OptionProblem("path", "give the .ckpt file");
        else if (!File.Exists(options.Path)) yield return new OptionProblem("path", $"file not found: {options.Path}");
    }

    protected override string? ExternalFingerprint(LightningCheckpointOptions options)
    {
        var file = new FileInfo(options.Path);
        return file.Exists ? $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}" : null;
    }

    public static EncoderSpec SpecFor(LightningCheckpointOptions options) => options.Encoder switch
    {
        CheckpointEncoder.Resnet18 => new EncoderSpec(EncoderSpec.ResNet, 18, null, options.InputSize, 512),
        CheckpointEncoder.Resnet34 => new EncoderSpec(EncoderSpec.ResNet, 34, null, options.InputSize, 512),
        CheckpointEncoder.Resnet50 => new EncoderSpec(EncoderSpec.ResNet, 50, null, options.InputSize, 2048),
        _ => new EncoderSpec(EncoderSpec.SmallCnn, null, options.Widths, options.InputSize, options.Widths.Count > 0 ? options.Widths[^1] : 0),
    };

    protected override Task ExecuteAsync(NodeContext context, LightningCheckpointOptions options)
    {
        TorchRuntime.Prepare(context);
        using var model = LightningCheckpointReader.Load(options.Path, SpecFor(options), options.EncoderPrefix, options.HeadPrefix);
        ModelArtifact.SaveModel(context, model, InputPreprocessing.Original(options.InputSize), $"{Name}: {Path.GetFileName(options.Path)}"); // the original project min-max normalises every image
        if (options.ExportSafetensors) model.Encoder.save_safetensors(context.OutputPath(ModelArtifact.SafetensorsFile));
        context.Summary["checkpoint"] = Path.GetFullPath(options.Path);
        context.Summary["architecture"] = model.Encoder.Spec.ToString();
        return Task.CompletedTask;
    }
}

using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Models.Checkpoints.LightningImport;

/// <summary>Options of <c>model/lightning-checkpoint</c>: import a model trained by the original PyTorch Lightning code.</summary>
public sealed record LightningCheckpointOptions
{
    /// <summary>The <c>.ckpt</c> file (a <c>torch.save</c> zip whose <c>state_dict</c> holds the model).</summary>
    [Required]
    public string Path { get; init; } = "";

    /// <summary>The encoder architecture the checkpoint was trained with (the paper: resnet50).</summary>
    public CheckpointEncoder Encoder { get; init; } = CheckpointEncoder.Resnet50;

    /// <summary>Channel widths when <see cref="Encoder"/> is <c>small-cnn</c>.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [32, 64, 128];

    /// <summary>Square input size the model expects (the paper resizes to 500).</summary>
    [Range(8, 4096)]
    public int InputSize { get; init; } = 500;

    /// <summary>Key prefix of the encoder's parameters inside <c>state_dict</c>.</summary>
    public string EncoderPrefix { get; init; } = "model.encoder.encoder.";

    /// <summary>Key prefix of the linear head's <c>weight</c> and <c>bias</c>.</summary>
    public string HeadPrefix { get; init; } = "model.prediction_layer.";

    /// <summary>Also write <c>encoder.safetensors</c> (the encoder's weights for other tools).</summary>
    public bool ExportSafetensors { get; init; } = true;
}

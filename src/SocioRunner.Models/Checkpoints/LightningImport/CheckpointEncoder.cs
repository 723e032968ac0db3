namespace SocioRunner.Models.Checkpoints.LightningImport;

/// <summary>The encoder architecture inside a checkpoint (YAML: <c>resnet18</c>, <c>resnet34</c>, <c>resnet50</c>, <c>small-cnn</c>).</summary>
public enum CheckpointEncoder
{
    Resnet18,
    Resnet34,
    Resnet50,
    SmallCnn,
}

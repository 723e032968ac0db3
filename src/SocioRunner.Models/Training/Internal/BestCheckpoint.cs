namespace SocioRunner.Models.Training.Internal;

/// <summary>One kept checkpoint: its epoch, monitored value and weights file (relative to the checkpoints folder).</summary>
internal sealed record BestCheckpoint(int Epoch, double Value, string File);

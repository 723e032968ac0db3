namespace SocioRunner.Reports.Model;

/// <summary>The per-epoch history of one training node (history.csv).</summary>
public sealed record TrainingRun(string NodeId, string Kind, IReadOnlyList<EpochRecord> Epochs)
{
    public double? FinalTrainLoss => Epochs.Count == 0 ? null : Epochs[^1].TrainLoss;

    public double? BestValR2 => Epochs.Select(e => e.ValR2).Where(v => v.HasValue).Max();

    public bool HasValidation => Epochs.Any(e => e.ValLoss.HasValue);
}

namespace SocioRunner.Models.Training.Internal;

/// <summary>One row of <c>history.csv</c>.</summary>
internal sealed record EpochRecord(int Epoch, double TrainLoss, double? ValLoss, double? ValR2, double Lr, double Seconds, double DataWaitSeconds, int Images)
{
    public static readonly IReadOnlyList<string> Columns = ["epoch", "train_loss", "val_loss", "val_r2", "lr", "seconds", "data_wait_seconds", "images"];

    /// <summary>The cells of this row of <c>history.csv</c> (a missing validation value is an empty cell).</summary>
    public string[] ToCells() =>
    [
        Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), F(TrainLoss), ValLoss is { } v ? F(v) : "",
        ValR2 is { } r ? F(r) : "", F(Lr), F(Seconds), F(DataWaitSeconds), Images.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    static string F(double value) => SocioRunner.Core.Tables.CsvWriter.Number(value);

    public double? Value(MonitorMetric metric) => metric switch
    {
        MonitorMetric.TrainLoss => TrainLoss,
        MonitorMetric.ValLoss => ValLoss,
        _ => ValR2,
    };
}

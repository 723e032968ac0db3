namespace SocioRunner.Reports.Plots;

/// <summary>True and predicted outcome of a model's test images (predictions_test.csv).</summary>
public sealed record PredictionSeries(string NodeId, string Kind, IReadOnlyList<double> Labels, IReadOnlyList<double> Predictions)
{
    /// <summary>Coefficient of determination of the predictions, 1 - SS_res / SS_tot (NaN with fewer than two points).</summary>
    public double R2
    {
        get
        {
            if (Labels.Count < 2) return double.NaN;
            double mean = Labels.Average();
            double residual = Labels.Zip(Predictions, (y, p) => (y - p) * (y - p)).Sum();
            double total = Labels.Sum(y => (y - mean) * (y - mean));
            return total == 0 ? double.NaN : 1 - residual / total;
        }
    }
}

using System.Globalization;
using ScottPlot;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>Predicted against true outcome of the test images, with the identity line and R², one figure per model.</summary>
public sealed class PredictedVsTruePlot : IReportPlot
{
    public string Name => "predicted-vs-true";

    public string Section => PlotSections.Predictions;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        if (data.Predictions.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.Predictions, "Predicted vs true",
                "no model among the report's sources has a predictions_test.csv");
            yield break;
        }
        foreach (var series in data.Predictions.Where(s => s.Labels.Count > 0))
        {
            string title = $"Predicted vs true — {series.NodeId}";
            var plot = PlotStyle.NewPlot(title, "True outcome", "Predicted outcome");
            double low = Math.Min(series.Labels.Min(), series.Predictions.Min());
            double high = Math.Max(series.Labels.Max(), series.Predictions.Max());
            var identity = plot.Add.Line(low, low, high, high);
            identity.LineColor = PlotStyle.Muted;
            identity.LineWidth = 1.5f;
            identity.LegendText = "identity (perfect prediction)";
            var points = plot.Add.Markers(series.Labels.ToArray(), series.Predictions.ToArray(),
                MarkerShape.FilledCircle, 6, PlotStyle.Palette[0].WithAlpha(0.55));
            string r2 = double.IsNaN(series.R2) ? "n/a" : series.R2.ToString("0.000", CultureInfo.InvariantCulture);
            points.LegendText = $"test images (n = {series.Labels.Count}), R² = {r2}";
            plot.Axes.SquareUnits();
            PlotStyle.ShowLegend(plot, Alignment.UpperLeft);
            yield return writer.Save(plot, $"predicted-vs-true-{series.NodeId}", PlotSections.Predictions, title,
                $"{series.Kind}: each point is a test image; points on the grey identity line are predicted exactly. R² = {r2}.",
                PlotStyle.Height + 80, PlotStyle.Height + 40);
        }
    }
}

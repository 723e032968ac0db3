using ScottPlot;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>
/// For synthetic data: each concept's known effect on the outcome (scaled by the largest magnitude to [-1, 1]) beside
/// TCAV's direction, 2 × (sign-count − 0.5), which is also in [-1, 1]. Bars of the same sign mean TCAV found the truth.
/// </summary>
public sealed class GroundTruthPlot : IReportPlot
{
    public string Name => "ground-truth";

    public string Section => PlotSections.GroundTruth;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        var rows = model.GroundTruth;
        if (rows.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.GroundTruth, "Ground truth vs TCAV",
                "no raw-data artifact with a ground_truth.csv (only the synthetic city knows the true effects)");
            yield break;
        }
        if (rows.All(r => r.TcavSignCount is null))
        {
            yield return PlotEntry.Missing(Name, PlotSections.GroundTruth, "Ground truth vs TCAV",
                "no TCAV result names a concept of ground_truth.csv");
            yield break;
        }
        double largest = rows.Max(r => Math.Abs(r.Effect));
        var plot = PlotStyle.NewPlot("Ground-truth effect vs TCAV", "", "Scaled effect / TCAV direction");
        var bars = new List<Bar>();
        for (int i = 0; i < rows.Count; i++)
        {
            bars.Add(new Bar { Position = i - 0.2, Value = largest > 0 ? rows[i].Effect / largest : 0, Size = 0.38, FillColor = PlotStyle.Palette[3], LineWidth = 0 });
            if (rows[i].TcavSignCount is { } signCount)
                bars.Add(new Bar { Position = i + 0.2, Value = 2 * (signCount - 0.5), Size = 0.38, FillColor = PlotStyle.Palette[0], LineWidth = 0 });
        }
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(0, 1, PlotStyle.Ink);
        plot.Axes.SetLimitsY(-1.1, 1.1);
        var names = rows.Select(r => r.Concept).ToList();
        PlotStyle.CategoryTicks(plot, names, PlotStyle.NeedsRotation(names));
        PlotStyle.ShowLegend(plot, Alignment.LowerRight);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "true effect (scaled)", FillColor = PlotStyle.Palette[3] });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "TCAV: 2 × (sign-count − 0.5)", FillColor = PlotStyle.Palette[0] });
        int agreeing = rows.Count(r => r.Agrees == true);
        int judged = rows.Count(r => r.Agrees.HasValue);
        yield return writer.Save(plot, "ground-truth-vs-tcav", PlotSections.GroundTruth, "Ground-truth effect vs TCAV",
            $"The synthetic city's known effect of each concept next to the direction TCAV found; they agree in sign for {agreeing} of {judged} concepts.");
    }
}

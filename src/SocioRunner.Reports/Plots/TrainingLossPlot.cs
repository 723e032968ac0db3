using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Plots;

/// <summary>Training (and validation, when recorded) loss per epoch, one figure per training node.</summary>
public sealed class TrainingLossPlot : IReportPlot
{
    public string Name => "training-loss";

    public string Section => PlotSections.Training;

    public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer)
    {
        if (model.TrainingRuns.Count == 0)
        {
            yield return PlotEntry.Missing(Name, PlotSections.Training, "Training loss",
                "no training node with a history.csv among the report's sources");
            yield break;
        }
        foreach (var run in model.TrainingRuns)
        {
            string title = $"Loss per epoch — {run.NodeId}";
            var plot = PlotStyle.NewPlot(title, "Epoch", "Loss");
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
            double[] epochs = run.Epochs.Select(e => (double)e.Epoch).ToArray();
            var train = plot.Add.Scatter(epochs, run.Epochs.Select(e => e.TrainLoss).ToArray(), PlotStyle.Palette[0]);
            Style(train, "training");
            var validated = run.Epochs.Where(e => e.ValLoss.HasValue).ToList();
            if (validated.Count > 0)
            {
                var val = plot.Add.Scatter(validated.Select(e => (double)e.Epoch).ToArray(),
                    validated.Select(e => e.ValLoss!.Value).ToArray(), PlotStyle.Palette[1]);
                Style(val, "validation");
            }
            PlotStyle.ShowLegend(plot, ScottPlot.Alignment.UpperRight);
            yield return writer.Save(plot, $"loss-{run.NodeId}", PlotSections.Training, title,
                $"{run.Kind}: loss of each epoch{(validated.Count > 0 ? " on the training and validation splits" : " on the training split")}.");
        }
    }

    static void Style(ScottPlot.Plottables.Scatter line, string legend)
    {
        line.LegendText = legend;
        line.LineWidth = 2;
        line.MarkerSize = 0;
    }
}

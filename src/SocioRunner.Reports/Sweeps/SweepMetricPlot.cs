using System.Globalization;
using System.Text.Json.Nodes;
using SocioRunner.Core.Sweeps.Launch;
using SocioRunner.Reports.Model;
using SocioRunner.Reports.Plots;

namespace SocioRunner.Reports.Sweeps;

/// <summary>Test R^2 of each model node against each numeric swept value: mean over seeds with +- sd error bars.</summary>
internal static class SweepMetricPlot
{
    public static IReadOnlyList<PlotEntry> Draw(JsonObject manifest, IReadOnlyList<SweepMemberData> members, string sweepDirectory)
    {
        var writer = new PlotFileWriter(sweepDirectory);
        var plots = new List<PlotEntry>();
        var values = (manifest["members"]?.AsArray() ?? []).ToDictionary(m => (string)m!["name"]!, m => Values(m!));
        var done = members.Where(m => m.State.Status == MemberStatus.Done).ToList();
        var models = done.SelectMany(m => m.Nodes.Where(n => n.Value.Kind is "train/probe" or "train/regression").Select(n => n.Key)).Distinct().Order().ToList();
        foreach (string axis in (manifest["axes"]?.AsArray() ?? []).Select(a => (string)a!).Where(a => a != "seed"))
        {
            var numeric = done.Where(m => values[m.Name].TryGetValue(axis, out var v) && v is not null).ToList();
            if (numeric.Count == 0 || models.Count == 0) continue;
            var plot = PlotStyle.NewPlot($"test R² vs {axis}", axis, "test R² (mean ± sd over seeds)");
            for (int i = 0; i < models.Count; i++)
            {
                var points = numeric.GroupBy(m => values[m.Name][axis]!.Value).OrderBy(g => g.Key)
                    .Select(g => (x: g.Key, stats: PairedTest.MeanSd(g.Select(m => m.Metric(models[i], "test_r2")))))
                    .Where(p => p.stats.Mean is not null).ToList();
                if (points.Count == 0) continue;
                double[] xs = points.Select(p => p.x).ToArray(), ys = points.Select(p => p.stats.Mean!.Value).ToArray();
                var line = plot.Add.Scatter(xs, ys, PlotStyle.Category(i));
                line.LegendText = models[i];
                var bars = plot.Add.ErrorBar(xs, ys, points.Select(p => p.stats.Sd ?? 0).ToArray());
                bars.Color = PlotStyle.Category(i);
            }
            PlotStyle.ShowLegend(plot, ScottPlot.Alignment.LowerRight);
            plots.Add(writer.Save(plot, $"sweep-{axis}", "sweep", $"Test R² vs {axis}",
                $"Each point is the mean over the seeds of one value of {axis}; bars are one standard deviation."));
        }
        return plots;
    }

    /// <summary>The member's swept values that are numbers, by path (from its --set arguments).</summary>
    static Dictionary<string, double?> Values(JsonNode member) =>
        (member["set"]?.AsArray() ?? []).Select(s => (string)s!).Select(s => s.Split('=', 2))
            .ToDictionary(p => p[0], p => double.TryParse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : (double?)null);
}

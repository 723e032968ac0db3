using System.Xml.Linq;
using SkiaSharp;
using SocioRunner.Reports.Building;
using SocioRunner.Reports.Model;
using SocioRunner.Reports.Plots;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Plots;

public sealed class ReportPlotterTests : IDisposable
{
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    IReadOnlyList<PlotEntry> RenderComplete()
    {
        var run = FakeRun.Complete(folder.Combine("run"));
        var model = new ReportModelBuilder().Build(run.Handles, run.Run());
        return new ReportPlotter().Render(model, PlotDataLoader.Load(run.Handles), folder.Combine("report"));
    }

    [Fact]
    public void Every_figure_is_drawn_from_a_complete_run()
    {
        var plots = RenderComplete();

        Assert.All(plots, p => Assert.Null(p.MissingReason));
        string[] expected =
        [
            "loss-rnc", "loss-probe", "loss-baseline", "predicted-vs-true-probe", "predicted-vs-true-baseline",
            "tsne-outcome-tsne", "tsne-concept-tsne-vegetation", "tsne-concept-tsne-impervious",
            "tcav-sign-count-tcav-avgpool", "tcav-intervals-tcav-avgpool", "cav-accuracy-tcav", "ground-truth-vs-tcav",
        ];
        Assert.Equal(expected, plots.Select(p => p.Id));
    }

    [Fact]
    public void Png_files_decode_and_svg_files_parse()
    {
        var plots = RenderComplete();

        foreach (var plot in plots)
        {
            using var bitmap = SKBitmap.Decode(folder.Combine("report", plot.PngFile!));
            Assert.NotNull(bitmap);
            Assert.True(bitmap.Width >= 1000, $"{plot.PngFile} is {bitmap.Width} px wide; PNGs are drawn at twice the density");
            var svg = XDocument.Load(folder.Combine("report", plot.SvgFile!));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            Assert.StartsWith("data:image/svg+xml;base64,", plot.EmbeddedUri);
        }
    }

    [Fact]
    public void Missing_inputs_omit_each_figure_with_a_reason()
    {
        var plots = new ReportPlotter().Render(new ReportModel(), PlotData.Empty, folder.Path);

        Assert.Equal(ReportPlotter.AllPlots.Count, plots.Count);
        Assert.All(plots, p => Assert.False(string.IsNullOrWhiteSpace(p.MissingReason)));
        Assert.Empty(Directory.EnumerateFiles(folder.Combine("plots")));
    }

    [Fact]
    public void A_figure_that_throws_becomes_a_missing_entry()
    {
        var plots = new ReportPlotter([new ThrowingPlot()]).Render(new ReportModel(), PlotData.Empty, folder.Path);

        var entry = Assert.Single(plots);
        Assert.Contains("boom", entry.MissingReason);
        Assert.Equal(PlotSections.Tcav, entry.Section);
    }

    [Fact]
    public void Concept_values_are_normalised_per_sign()
    {
        var normalised = TsneConceptPlot.Normalize([2, 1, 0, -0.5, -0.25, double.NaN]);

        Assert.Equal([1, 0.5, 0, -1, -0.5], normalised.Take(5));
        Assert.True(double.IsNaN(normalised[5]));
    }

    [Fact]
    public void The_same_figure_rendered_twice_in_one_process_gives_the_same_svg()
    {
        var writer = new PlotFileWriter(folder.Path);
        var plot = PlotStyle.NewPlot("t", "x", "y");
        plot.Add.Scatter(new double[] { 1, 2, 3 }, new double[] { 3, 1, 2 });

        var first = writer.Save(plot, "a", PlotSections.Tsne, "t", "c");
        var second = writer.Save(plot, "b", PlotSections.Tsne, "t", "c");

        string svg = File.ReadAllText(folder.Combine(first.SvgFile!));
        Assert.Contains("url(#svg-id-1)", svg);   // clip paths are still referenced after renumbering
        Assert.Equal(svg, File.ReadAllText(folder.Combine(second.SvgFile!)));
    }

    [Fact]
    public void File_names_are_safe_and_unique()
    {
        var writer = new PlotFileWriter(folder.Path);
        var plot = PlotStyle.NewPlot("t", "x", "y");

        var first = writer.Save(plot, "tsne-concept-<script>/../x", PlotSections.Tsne, "t", "c");
        var second = writer.Save(plot, "tsne-concept-<script>/../x", PlotSections.Tsne, "t", "c");

        Assert.Equal("plots/tsne-concept-script-x.png", first.PngFile);
        Assert.Equal("plots/tsne-concept-script-x-2.png", second.PngFile);
    }

    sealed class ThrowingPlot : IReportPlot
    {
        public string Name => "throwing";
        public string Section => PlotSections.Tcav;
        public IEnumerable<PlotEntry> Render(ReportModel model, PlotData data, PlotFileWriter writer) => throw new InvalidOperationException("boom");
    }
}

using SocioRunner.Reports.Building;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Building;

public sealed class PlotDataLoaderTests : IDisposable
{
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loads_test_predictions_and_tsne_concept_columns()
    {
        var run = FakeRun.Complete(folder.Path);

        var data = PlotDataLoader.Load(run.Handles);

        Assert.Equal(["probe", "baseline"], data.Predictions.Select(p => p.NodeId));
        Assert.Equal(40, data.Predictions[0].Labels.Count);
        Assert.InRange(data.Predictions[0].R2, 0.8, 1.0);
        var map = Assert.Single(data.TsneMaps);
        Assert.Equal(40, map.X.Count);
        Assert.Equal(["vegetation", "impervious"], map.Concepts.Select(c => c.Concept));
    }

    [Fact]
    public void Quoted_csv_fields_keep_commas_and_quotes()
    {
        string path = folder.Combine("p.csv");
        File.WriteAllText(path, "image_id,label,prediction\n\"a,\"\"b\"\"\",1.5,2\r\nc,2,3\n");

        var series = PlotDataLoader.Predictions("n", "k", path);

        Assert.Equal([1.5, 2.0], series.Labels);
        Assert.Equal([2.0, 3.0], series.Predictions);
    }
}

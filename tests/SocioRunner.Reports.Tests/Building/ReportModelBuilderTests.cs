using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Building;

public sealed class ReportModelBuilderTests : IDisposable
{
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Nodes_carry_cache_status_duration_and_short_key_from_the_run()
    {
        var run = FakeRun.Complete(folder.Path);

        var model = new ReportModelBuilder().Build(run.Handles, run.Run());

        var city = Assert.Single(model.Nodes, n => n.Id == "city");
        Assert.Equal("cached", city.Status);
        Assert.Equal(ArtifactTypes.RawData, city.ArtifactType);
        Assert.Equal(12, city.ShortKey.Length);
        Assert.Equal(12.5, city.DurationSeconds);
        Assert.Equal("quickstart", model.Experiment.Name);
        Assert.Equal(1, model.CachedNodes);
        Assert.Equal(model.Nodes.Count - 1, model.RanNodes);
        Assert.Equal("quickstart — SocioRunner report", model.Title);
    }

    [Fact]
    public void Comparison_puts_the_probe_beside_the_baseline_on_the_test_split()
    {
        var run = FakeRun.Complete(folder.Path);

        var comparison = new ReportModelBuilder().Build(run.Handles, run.Run()).Comparison;

        Assert.NotNull(comparison);
        Assert.Equal("test", comparison.Split);
        var r2 = Assert.Single(comparison.Rows, r => r.Metric == "r2");
        Assert.Equal(0.10, r2.Difference!.Value, 6);
        Assert.True(r2.ProbeIsBetter);
        var mae = Assert.Single(comparison.Rows, r => r.Metric == "mae");
        Assert.True(mae.ProbeIsBetter);
        Assert.Contains(comparison.Rows, r => r.Metric == "embedding_ordering");
    }

    [Fact]
    public void No_comparison_without_a_baseline()
    {
        var run = FakeRun.Complete(folder.Path);

        var model = new ReportModelBuilder().Build(run.Handles.Where(h => h.NodeId != "baseline").ToList(), null);

        Assert.Null(model.Comparison);
    }

    [Fact]
    public void Metrics_list_the_paper_metrics_first_and_pretraining_scalars_in_a_value_column()
    {
        var run = FakeRun.Complete(folder.Path);

        var model = new ReportModelBuilder().Build(run.Handles, null);

        var probe = Assert.Single(model.Metrics, m => m.NodeId == "probe");
        Assert.Equal(["val", "test"], probe.Splits);
        Assert.Equal(["r2", "kendall_tau", "mae", "mse", "pearson", "spearman", "embedding_ordering"], probe.Rows.Select(r => r.Name));
        Assert.Null(probe.Rows.Single(r => r.Name == "mse").Values[0]);
        var rnc = Assert.Single(model.Metrics, m => m.NodeId == "rnc");
        Assert.Equal(["value"], rnc.Splits);
    }

    [Fact]
    public void Training_histories_are_read_per_training_node()
    {
        var run = FakeRun.Complete(folder.Path);

        var model = new ReportModelBuilder().Build(run.Handles, null);

        Assert.Equal(["rnc", "probe", "baseline"], model.TrainingRuns.Select(r => r.NodeId));
        var rnc = model.TrainingRuns[0];
        Assert.Equal(5, rnc.Epochs.Count);
        Assert.False(rnc.HasValidation);
        Assert.Equal(0.5, model.TrainingRuns[1].Epochs[^1].TrainLoss, 6);
        Assert.Equal(0.4, model.TrainingRuns[1].BestValR2!.Value, 6);
    }

    [Fact]
    public void Tcav_tables_and_ground_truth_are_joined_by_concept()
    {
        var run = FakeRun.Complete(folder.Path);

        var model = new ReportModelBuilder().Build(run.Handles, null);

        var tcav = Assert.Single(model.Tcav);
        Assert.Equal(3, tcav.Significance.Count);
        Assert.Equal(0.0003, tcav.Significance[0].AdjustedPValue);
        Assert.True(tcav.Significance[0].Significant);
        Assert.Equal(0.92, tcav.CavAccuracy[0].F1);
        Assert.Equal(15, tcav.Intervals.Count);
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5"], tcav.IntervalNames);
        var vegetation = Assert.Single(model.GroundTruth, g => g.Concept == "vegetation");
        Assert.True(vegetation.Agrees);
        var impervious = Assert.Single(model.GroundTruth, g => g.Concept == "impervious");
        Assert.Equal("negative", impervious.TcavDirection);
        Assert.True(impervious.Agrees);
        Assert.Null(Assert.Single(model.GroundTruth, g => g.Concept == "water").Agrees);
    }

    [Fact]
    public void Data_summaries_come_from_the_summary_files()
    {
        var run = FakeRun.Complete(folder.Path);

        var model = new ReportModelBuilder().Build(run.Handles, null);

        var city = Assert.Single(model.Datasets, d => d.NodeId == "city");
        Assert.Contains(city.Facts, f => f.Name == "counts.tiles" && f.Value == "120");
        Assert.Contains(city.Facts, f => f.Name == "oracle_r2" && f.Value == "0.91");
        var concepts = Assert.Single(model.Datasets, d => d.NodeId == "concepts");
        Assert.Equal(["vegetation", "impervious"], concepts.Concepts.Select(c => c.Name));
        Assert.Contains("classes: [6, 7]", concepts.Concepts[0].Rules);
        Assert.Equal(["water"], concepts.Dropped);
        var tsne = Assert.Single(model.Tsne);
        Assert.Equal(40, tsne.Points);
        Assert.Contains(tsne.Facts, f => f.Name == "trustworthiness" && f.Value == "0.93");
    }

    [Fact]
    public void Tsne_warnings_become_report_notes_not_facts()
    {
        var run = new FakeRun(folder.Path);
        run.Add("tsne", "explain/tsne", ArtifactTypes.Tsne,
            ("tsne.json", """{"kl_divergence": 0.5, "perplexity": 3, "perplexity_requested": 30, "n": 10, "warnings": ["perplexity 30 is too large for 10 points"]}"""));

        var model = new ReportModelBuilder().Build(run.Handles, null);

        Assert.Contains("tsne: perplexity 30 is too large for 10 points", model.Notes);
        var tsne = Assert.Single(model.Tsne);
        Assert.DoesNotContain(tsne.Facts, f => f.Name == "warnings");
        Assert.Contains(tsne.Facts, f => f.Name == "perplexity_requested" && f.Value == "30");
    }

    [Fact]
    public void Tcav_known_failure_warnings_become_report_notes()
    {
        var run = new FakeRun(folder.Path);
        run.Add("tcav", "explain/tcav", ArtifactTypes.Tcav,
            ("tcav_significance.csv", "concept,sign_count_mean\nwater,1\n"),
            ("tcav.json", """{"preset": "paper", "warnings": ["preset: paper (the original's settings) is known to fail the synthetic city's ground truth"]}"""));

        var model = new ReportModelBuilder().Build(run.Handles, null);

        Assert.Contains("tcav: preset: paper (the original's settings) is known to fail the synthetic city's ground truth", model.Notes);
        Assert.Single(model.Tcav[0].Significance);
    }

    [Fact]
    public void A_broken_file_becomes_a_note_instead_of_failing_the_report()
    {
        var run = new FakeRun(folder.Path);
        run.Add("tcav", "explain/tcav", ArtifactTypes.Tcav, ("tcav_significance.csv", "name,score\nx,1\n"));
        run.Add("probe", "train/probe", ArtifactTypes.Model, ("metrics.json", "{ not json"));

        var model = new ReportModelBuilder().Build(run.Handles, null);

        Assert.Empty(model.Tcav[0].Significance);
        Assert.Empty(model.Metrics);
        Assert.Contains(model.Notes, n => n.StartsWith("tcav:") && n.Contains("sign_count_mean"));
        Assert.Contains(model.Notes, n => n.StartsWith("probe:") && n.Contains("metrics.json"));
    }

    [Fact]
    public void An_empty_source_list_gives_an_empty_but_valid_model()
    {
        var model = new ReportModelBuilder().Build([], null, "Custom title");

        Assert.Equal("Custom title", model.Title);
        Assert.Empty(model.Nodes);
        Assert.Null(model.Comparison);
    }

    [Fact]
    public void Sections_pick_their_sources_by_recorded_type_not_by_file_names()
    {
        // A user's embeddings artifact that happens to hold files named like a model's, and a dataset with a ground_truth.csv.
        var run = new FakeRun(folder.Path);
        run.Add("embeddings", "embeddings/csv", ArtifactTypes.Embeddings,
            ("history.csv", "epoch,train_loss\n1,0.5\n"), ("metrics.json", """{"test": {"r2": 0.9}}"""),
            ("predictions_test.csv", "image_id,label,prediction\na,1,1\n"));
        run.Add("income", "dataset/household-income", ArtifactTypes.Dataset, ("ground_truth.csv", "concept,effect\nwater,1\n"));

        var model = new ReportModelBuilder().Build(run.Handles, run.Run());
        var plots = PlotDataLoader.Load(run.Handles);

        Assert.Empty(model.TrainingRuns);
        Assert.Empty(model.Metrics);
        Assert.Empty(model.GroundTruth);
        Assert.Empty(plots.Predictions);
    }
}

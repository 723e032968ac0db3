using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;
using SocioRunner.Reports.Building;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Building;

/// <summary>
/// Each probe is compared with every baseline trained on the same dataset from the same encoder, as the artifacts'
/// manifests record their inputs (through pretraining, which the report need not list as a source).
/// </summary>
public sealed class ComparisonBuilderTests : IDisposable
{
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    static string Key(string nodeId) => (nodeId + "0123456789abcdef0123456789abcdef").PadRight(64, '0');

    static ArtifactManifest Manifest(string nodeId, string kind, string type, params (string Slot, string Node)[] inputs) => new()
    {
        Key = Key(nodeId), Kind = kind, KindVersion = 1, ArtifactType = type, NodeId = nodeId, Options = new System.Text.Json.Nodes.JsonObject(),
        Inputs = inputs.ToDictionary(i => i.Slot, i => (IReadOnlyList<string>)[Key(i.Node)]), Seed = 1, Device = "cpu",
        CreatedAt = DateTimeOffset.UnixEpoch, DurationSeconds = 1,
    };

    static string Metrics(double r2) => "{\"test\": {\"r2\": " + r2.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", \"mae\": 0.3}}";

    [Fact]
    public void Every_probe_meets_the_baseline_of_its_own_encoder_and_dataset()
    {
        var run = new FakeRun(folder.Path);
        var info = run.Run();
        var upstream = new[]
        {
            Manifest("income", "dataset/household-income", ArtifactTypes.Dataset),
            Manifest("liveability", "dataset/liveability", ArtifactTypes.Dataset),
            Manifest("small", "encoder/small-cnn", ArtifactTypes.Encoder),
            Manifest("resnet", "encoder/resnet", ArtifactTypes.Encoder),
            Manifest("rnc_small_income", "train/rnc", ArtifactTypes.Encoder, ("dataset", "income"), ("encoder", "small")),
            Manifest("rnc_resnet_income", "train/rnc", ArtifactTypes.Encoder, ("dataset", "income"), ("encoder", "resnet")),
            Manifest("rnc_small_liveability", "train/rnc", ArtifactTypes.Encoder, ("dataset", "liveability"), ("encoder", "small")),
        };
        foreach (var m in upstream) info.Nodes.Add(new NodeRunRecord(m.NodeId, m.Kind, m.Key, NodeOutcome.Ran, 1, "", m));
        var models = new (string Id, string Kind, double R2, (string, string)[] Inputs)[]
        {
            ("probe_resnet_income", "train/probe", 0.7, [("dataset", "income"), ("encoder", "rnc_resnet_income")]),
            ("probe_small_income", "train/probe", 0.6, [("dataset", "income"), ("encoder", "rnc_small_income")]),
            ("probe_small_liveability", "train/probe", 0.5, [("dataset", "liveability"), ("encoder", "rnc_small_liveability")]),
            ("probe_orphan", "train/probe", 0.4, [("dataset", "liveability"), ("encoder", "resnet")]),
            ("baseline_small_income", "train/regression", 0.55, [("dataset", "income"), ("encoder", "small")]),
            ("baseline_small_liveability", "train/regression", 0.45, [("dataset", "liveability"), ("encoder", "small")]),
            ("baseline_resnet_income", "train/regression", 0.65, [("dataset", "income"), ("encoder", "resnet")]),
        };
        var sources = models.Select(m =>
        {
            var added = run.Add(m.Id, m.Kind, ArtifactTypes.Model, ("metrics.json", Metrics(m.R2)));
            return new ArtifactHandle(m.Id, Manifest(m.Id, m.Kind, ArtifactTypes.Model, m.Inputs), added.Directory);
        }).ToList();

        var comparisons = new ReportModelBuilder().Build(sources, info).Comparisons;

        Assert.Equal(
            [
                ("probe_resnet_income", "baseline_resnet_income", "resnet", "income"),
                ("probe_small_income", "baseline_small_income", "small", "income"),
                ("probe_small_liveability", "baseline_small_liveability", "small", "liveability"),
            ],
            comparisons.Select(c => (c.ProbeNodeId, c.BaselineNodeId, c.Encoder, c.Dataset)));
        Assert.Equal([(0.7, 0.65), (0.6, 0.55), (0.5, 0.45)],
            comparisons.Select(c => c.Rows.Single(r => r.Metric == "r2")).Select(r => (r.Probe!.Value, r.Baseline!.Value)));
    }

    [Fact]
    public void Two_baselines_on_the_same_encoder_and_dataset_are_both_compared()
    {
        var run = new FakeRun(folder.Path);
        var info = run.Run();
        foreach (var m in new[]
        {
            Manifest("income", "dataset/household-income", ArtifactTypes.Dataset),
            Manifest("small", "encoder/small-cnn", ArtifactTypes.Encoder),
            Manifest("rnc", "train/rnc", ArtifactTypes.Encoder, ("dataset", "income"), ("encoder", "small")),
        })
            info.Nodes.Add(new NodeRunRecord(m.NodeId, m.Kind, m.Key, NodeOutcome.Cached, 0, "", m));
        var sources = new[]
        {
            ("probe", "train/probe", ("encoder", "rnc")),
            ("baseline_lr_high", "train/regression", ("encoder", "small")),
            ("baseline_lr_low", "train/regression", ("encoder", "small")),
        }.Select(m => new ArtifactHandle(m.Item1, Manifest(m.Item1, m.Item2, ArtifactTypes.Model, ("dataset", "income"), m.Item3),
            run.Add(m.Item1, m.Item2, ArtifactTypes.Model, ("metrics.json", Metrics(0.5))).Directory)).ToList();

        var comparisons = new ReportModelBuilder().Build(sources, info).Comparisons;

        Assert.Equal(["baseline_lr_high", "baseline_lr_low"], comparisons.Select(c => c.BaselineNodeId));
        Assert.All(comparisons, c => Assert.Equal(("probe", "small", "income"), (c.ProbeNodeId, c.Encoder, c.Dataset)));
    }
}

using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Sweeps.Launch;
using SocioRunner.Reports.Sweeps;

namespace SocioRunner.Reports.Tests.Sweeps;

/// <summary>The sweep report pairs each probe with every baseline of the member that shares its dataset and starting encoder.</summary>
public sealed class SweepPairsTests
{
    static string Key(string nodeId) => (nodeId + "0123456789abcdef0123456789abcdef").PadRight(64, '0');

    static (string Id, string Kind, ArtifactManifest Manifest) Node(string id, string kind, params (string Slot, string Node)[] inputs) => (id, kind, new ArtifactManifest
    {
        Key = Key(id), Kind = kind, KindVersion = 1, ArtifactType = "model", NodeId = id, Options = new System.Text.Json.Nodes.JsonObject(),
        Inputs = inputs.ToDictionary(i => i.Slot, i => (IReadOnlyList<string>)[Key(i.Node)]), Seed = 1, Device = "cpu",
        CreatedAt = DateTimeOffset.UnixEpoch, DurationSeconds = 1,
    });

    [Fact]
    public void Every_probe_meets_each_baseline_of_its_own_dataset_and_encoder()
    {
        var nodes = new[]
        {
            Node("income", "dataset/household-income"),
            Node("liveability", "dataset/liveability"),
            Node("encoder", "encoder/small-cnn"),
            Node("pretrain_income", "train/rnc", ("dataset", "income"), ("encoder", "encoder")),
            Node("pretrain_liveability", "train/rnc", ("dataset", "liveability"), ("encoder", "encoder")),
            Node("probe_income", "train/probe", ("dataset", "income"), ("encoder", "pretrain_income")),
            Node("probe_liveability", "train/probe", ("dataset", "liveability"), ("encoder", "pretrain_liveability")),
            Node("baseline_income", "train/regression", ("dataset", "income"), ("encoder", "encoder")),
            Node("baseline_liveability", "train/regression", ("dataset", "liveability"), ("encoder", "encoder")),
        };
        var member = new SweepMemberData("m00", "seed=1", "", "1", new MemberState(MemberStatus.Done, ""), "/nowhere",
            nodes.ToDictionary(n => n.Id, n => (n.Kind, (IReadOnlyDictionary<string, double>)new Dictionary<string, double>())))
        {
            Manifests = nodes.ToDictionary(n => n.Id, n => n.Manifest),
        };

        Assert.Equal([("probe_income", "baseline_income"), ("probe_liveability", "baseline_liveability")], SweepReportBuilder.Pairs(member));
    }
}

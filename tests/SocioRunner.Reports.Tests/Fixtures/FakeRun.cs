using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Reports.Tests.Fixtures;

/// <summary>
/// Writes small artifact folders in the documented file formats (docs/artifacts.md) and hands out the matching
/// <see cref="ArtifactHandle"/>s and <see cref="RunInfo"/>, as the executor would for the report node.
/// </summary>
public sealed class FakeRun(string root)
{
    readonly List<ArtifactHandle> handles = [];

    public string Root { get; } = root;

    public IReadOnlyList<ArtifactHandle> Handles => handles;

    public RunInfo Run()
    {
        var run = new RunInfo
        {
            ExperimentName = "quickstart", ExperimentFile = "experiments/quickstart.yaml", RunDirectory = Root,
            StartedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Seed = 7,
        };
        foreach (var h in handles)
            run.Nodes.Add(new NodeRunRecord(h.NodeId, h.Kind, h.Key, h.NodeId == "city" ? NodeOutcome.Cached : NodeOutcome.Ran, 12.5, h.Directory));
        return run;
    }

    /// <summary>Creates the folder of node <paramref name="nodeId"/> with the given files (relative path -> content).</summary>
    public ArtifactHandle Add(string nodeId, string kind, string type, params (string Path, string Content)[] files)
    {
        string directory = Path.Combine(Root, nodeId);
        Directory.CreateDirectory(directory);
        foreach (var (path, content) in files)
        {
            string full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
        var handle = new ArtifactHandle(nodeId, new ArtifactManifest
        {
            Key = (nodeId + "0123456789abcdef0123456789abcdef").PadRight(64, '0'), Kind = kind, KindVersion = 1, ArtifactType = type,
            NodeId = nodeId, Options = new JsonObject(), Inputs = new Dictionary<string, IReadOnlyList<string>>(), Seed = 1,
            Device = "cpu", CreatedAt = DateTimeOffset.UnixEpoch, DurationSeconds = 1,
        }, directory);
        handles.Add(handle);
        return handle;
    }

    /// <summary>A complete quickstart-like run: synthetic city, concepts, RNC, probe, baseline, TCAV and t-SNE.</summary>
    public static FakeRun Complete(string root)
    {
        var run = new FakeRun(root);
        run.Add("city", "dataset/synthetic-city", ArtifactTypes.RawData,
            ("synthetic_city.json", """{"outcome": "income = 3*vegetation - 2*impervious", "noise": 0.1, "oracle_r2": 0.91, "counts": {"tiles": 120, "flair": 60}}"""),
            ("ground_truth.csv", "concept,effect\nvegetation,3\nimpervious,-2\nwater,0\n"));
        run.Add("concepts", "concepts/flair", ArtifactTypes.Concepts,
            ("concepts.json", """{"concepts": [{"name": "vegetation", "count": 30, "rules": [{"classes": [6,7], "min": 0.5, "max": 1}]}, {"name": "impervious", "count": 25, "rules": []}], "dropped": ["water"]}"""));
        run.Add("rnc", "train/rnc", ArtifactTypes.Encoder, ("history.csv", History(5, withValidation: false)), ("metrics.json", """{"final_train_loss": 1.25}"""));
        run.Add("probe", "train/probe", ArtifactTypes.Model, ("history.csv", History(4, withValidation: true)),
            ("metrics.json", Metrics(0.62, 0.48, 0.31)), ("predictions_test.csv", Predictions(40, 0.3)));
        run.Add("baseline", "train/regression", ArtifactTypes.Model, ("history.csv", History(4, withValidation: true)),
            ("metrics.json", Metrics(0.52, 0.40, 0.36)), ("predictions_test.csv", Predictions(40, 0.6)));
        run.Add("tcav", "explain/tcav", ArtifactTypes.Tcav,
            ("tcav_significance.csv", "concept,layer,sign_count_mean,sign_count_std,random_mean,p_value,p_adjusted,significant\n" +
                "vegetation,avgpool,0.82,0.05,0.51,0.0001,0.0003,True\nimpervious,avgpool,0.21,0.07,0.49,0.001,0.002,True\nwater,avgpool,0.55,0.12,0.5,0.4,0.8,False\n"),
            ("cav_accuracy.csv", "concept,layer,accuracy,f1\nvegetation,avgpool,0.93,0.92\nimpervious,avgpool,0.88,0.87\nwater,avgpool,0.61,0.58\n"),
            ("tcav_intervals.csv", Intervals()));
        run.Add("tsne", "explain/tsne", ArtifactTypes.Tsne,
            ("tsne.json", """{"kl_divergence": 0.84, "trustworthiness": 0.93, "perplexity": 30, "n": 40, "method": "exact", "seconds": 1.5}"""),
            ("tsne_joined.csv", TsneJoined(40)));
        return run;
    }

    static string History(int epochs, bool withValidation)
    {
        var text = new StringBuilder(withValidation ? "epoch,train_loss,val_loss,val_r2,lr\n" : "epoch,train_loss,lr\n");
        for (int e = 1; e <= epochs; e++)
            text.AppendLine(withValidation
                ? Invariant($"{e},{2.0 / e},{2.2 / e},{0.1 * e},0.005")
                : Invariant($"{e},{3.0 / e},0.0005"));
        return text.ToString();
    }

    static string Metrics(double r2, double tau, double mae) => Invariant(
        $$"""{"val": {"r2": {{r2 + 0.02}}, "kendall_tau": {{tau}}, "mae": {{mae}}}, "test": {"r2": {{r2}}, "mse": 0.2, "mae": {{mae}}, "kendall_tau": {{tau}}, "pearson": 0.8, "spearman": 0.7, "embedding_ordering": 0.66} }""");

    static string Predictions(int count, double noise)
    {
        var random = new Random(3);
        var text = new StringBuilder("image_id,label,prediction\n");
        for (int i = 0; i < count; i++)
        {
            double label = i / (double)count * 10;
            text.AppendLine(Invariant($"img{i},{label},{label + (random.NextDouble() - 0.5) * noise * 10}"));
        }
        return text.ToString();
    }

    static string Intervals()
    {
        var text = new StringBuilder("concept,layer,interval,lower,upper,count,sign_count,magnitude\n");
        string[] concepts = ["vegetation", "impervious", "water"];
        for (int c = 0; c < concepts.Length; c++)
            for (int q = 1; q <= 5; q++)
                text.AppendLine(Invariant($"{concepts[c]},avgpool,Q{q},{(q - 1) * 2},{q * 2},8,{(c == 0 ? 0.5 + q * 0.08 : c == 1 ? 0.5 - q * 0.08 : 0.5)},{0.01 * q}"));
        return text.ToString();
    }

    static string TsneJoined(int count)
    {
        var text = new StringBuilder("id,tsne_dim_1,tsne_dim_2,label,vegetation,impervious\n");
        for (int i = 0; i < count; i++)
        {
            double angle = i * 0.4;
            text.AppendLine(Invariant($"img{i},{Math.Cos(angle) * i},{Math.Sin(angle) * i},{i * 0.25},{Math.Sin(i) * 0.01},{-Math.Cos(i) * 0.02}"));
        }
        return text.ToString();
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

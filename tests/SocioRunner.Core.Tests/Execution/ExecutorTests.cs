using System.Text.Json.Nodes;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Tests.TestKinds;

namespace SocioRunner.Core.Tests.Execution;

public sealed class ExecutorTests : IDisposable
{
    readonly Fixture fixture = new();

    const string Graph = """
        name: chain
        seed: 7
        nodes:
          a: { kind: test/number, value: 2 }
          b: { kind: test/number, value: 3 }
          total: { kind: test/sum, inputs: { terms: [a, b] } }
          doubled: { kind: test/sum, mode: double, inputs: { terms: total } }
        """;

    static string Value(RunResult result, string node) => File.ReadAllText(result.Artifacts[node].File("value.txt"));

    static NodeOutcome Outcome(RunResult result, string node) => result.Run.Nodes.Single(n => n.NodeId == node).Outcome;

    [Fact]
    public async Task First_run_computes_in_dependency_order_and_second_run_is_fully_cached()
    {
        var first = await fixture.Run(Graph);
        Assert.True(first.Succeeded);
        Assert.Equal("6", Value(first, "total"));
        Assert.Equal("12", Value(first, "doubled"));
        Assert.All(first.Run.Nodes, n => Assert.Equal(NodeOutcome.Ran, n.Outcome));

        var second = await fixture.Run(Graph);
        Assert.All(second.Run.Nodes, n => Assert.Equal(NodeOutcome.Cached, n.Outcome));
        Assert.Equal(1, fixture.Ledger.Runs("doubled"));
        Assert.Equal("12", Value(second, "doubled"));
    }

    [Fact]
    public async Task Durations_are_recorded_to_the_millisecond_as_run_json_keeps_them()
    {
        // A live report reads these records, a re-rendered one reads run.json (3 decimals): unrounded seconds made the two
        // reports differ by 1 ms whenever a duration fell on a rounding boundary (seen in CI: 829 ms vs 830 ms).
        var run = await fixture.Run(Graph.Replace("value: 2 }", "value: 2, delay_milliseconds: 3 }"));

        Assert.All(run.Run.Nodes, n => Assert.Equal(Math.Round(n.DurationSeconds, 3), n.DurationSeconds));
        Assert.Contains(run.Run.Nodes, n => n.DurationSeconds > 0);
    }

    [Fact]
    public async Task Changing_an_option_reruns_that_node_and_its_dependents_only()
    {
        await fixture.Run(Graph);
        var changed = await fixture.Run(Graph.Replace("value: 3", "value: 4"));
        Assert.Equal(NodeOutcome.Cached, Outcome(changed, "a"));
        Assert.Equal(NodeOutcome.Ran, Outcome(changed, "b"));
        Assert.Equal(NodeOutcome.Ran, Outcome(changed, "total"));
        Assert.Equal(NodeOutcome.Ran, Outcome(changed, "doubled"));
        Assert.Equal("14", Value(changed, "doubled"));
    }

    [Fact]
    public async Task Changing_the_seed_changes_every_key()
    {
        var first = await fixture.Run(Graph);
        var reseeded = await fixture.Run(Graph.Replace("seed: 7", "seed: 8"));
        Assert.All(reseeded.Run.Nodes, n => Assert.Equal(NodeOutcome.Ran, n.Outcome));
        Assert.NotEqual(first.Artifacts["a"].Key, reseeded.Artifacts["a"].Key);
    }

    [Fact]
    public async Task Force_reruns_the_node_and_everything_downstream()
    {
        await fixture.Run(Graph);
        var forced = await fixture.Run(Graph, "total");
        Assert.Equal(NodeOutcome.Cached, Outcome(forced, "a"));
        Assert.Equal(NodeOutcome.Ran, Outcome(forced, "total"));
        Assert.Equal(NodeOutcome.Ran, Outcome(forced, "doubled"));
    }

    [Fact]
    public async Task A_failure_skips_downstream_keeps_upstream_and_a_fixed_rerun_resumes()
    {
        var failed = await fixture.Run(Graph.Replace("total: { kind: test/sum,", "total: { kind: test/sum, fail: true,"));
        Assert.IsType<InvalidInputException>(failed.Failure);
        Assert.Equal(NodeOutcome.Failed, Outcome(failed, "total"));
        Assert.Equal(NodeOutcome.Skipped, Outcome(failed, "doubled"));
        Assert.Equal(0, fixture.Ledger.Runs("doubled"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(fixture.Cache, "tmp")));

        var resumed = await fixture.Run(Graph);
        Assert.Equal(NodeOutcome.Cached, Outcome(resumed, "a"));
        Assert.Equal(NodeOutcome.Ran, Outcome(resumed, "total"));
        Assert.Equal(1, fixture.Ledger.Runs("a"));
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_a_node_failure_naming_the_node()
    {
        var failed = await fixture.Run(Graph.Replace("a: { kind: test/number, value: 2 }", "a: { kind: test/number, value: 2, fail: true }"));
        var error = Assert.IsType<NodeFailedException>(failed.Failure);
        Assert.Equal("a", error.NodeId);
        Assert.Contains("asked to fail", error.Message);
        Assert.Equal(3, failed.Run.Nodes.Count(n => n.Outcome == NodeOutcome.Skipped));
    }

    /// <summary>A number and a never-cached node stamping each run (test/stamp).</summary>
    const string StampedGraph = """
        name: stamped
        nodes:
          a: { kind: test/number, value: 2 }
          stamp: { kind: test/stamp, inputs: { of: a } }
        """;

    /// <summary>
    /// A node that is never cached (the report) describes its run. Its plan key is the same in every run with the same
    /// inputs, and the cache keeps the first commit of a key: before, a second run executed the node, lost its output
    /// to the first run's and published that in its folder (a warm quickstart's report showed the earlier run's
    /// ran/cached table and node times).
    /// </summary>
    [Fact]
    public async Task A_node_that_always_runs_publishes_this_runs_output_not_an_earlier_runs()
    {
        const string graph = StampedGraph;
        var first = await fixture.Run(graph);
        var second = await fixture.Run(graph);

        Assert.Equal(2, fixture.Ledger.Runs("stamp"));
        Assert.Equal(1, fixture.Ledger.Runs("a"));
        string secondFolder = second.Run.RunDirectory, firstFolder = first.Run.RunDirectory;
        Assert.NotEqual(firstFolder, secondFolder);
        Assert.Equal($"2 {Path.GetFileName(secondFolder)}", File.ReadAllText(Path.Combine(secondFolder, "stamp", "stamp.txt")));
        Assert.Equal($"1 {Path.GetFileName(firstFolder)}", File.ReadAllText(Path.Combine(firstFolder, "stamp", "stamp.txt")));
        Assert.Equal($"2 {Path.GetFileName(secondFolder)}", File.ReadAllText(second.Artifacts["stamp"].File("stamp.txt")));
        var record = second.Run.Nodes.Single(n => n.NodeId == "stamp");
        Assert.Equal(NodeOutcome.Ran, record.Outcome);
        Assert.Equal(second.Artifacts["stamp"].Key, record.Key);
        Assert.NotEqual(first.Artifacts["stamp"].Key, second.Artifacts["stamp"].Key);
    }

    /// <summary>
    /// A never-cached node may reuse parts of its output in the last run of the same plan (the report's figures): the
    /// executor hands that output over, and only that one: not when the plan differs, not when the node is forced.
    /// </summary>
    [Fact]
    public async Task A_node_that_always_runs_is_handed_its_output_from_the_last_run_of_the_same_plan()
    {
        const string graph = StampedGraph;
        static string Previous(RunResult run) => File.ReadAllText(run.Artifacts["stamp"].File("previous.txt"));
        static string Stamp(RunResult run) => File.ReadAllText(run.Artifacts["stamp"].File("stamp.txt"));

        var first = await fixture.Run(graph);
        Assert.Equal("none", Previous(first));
        var second = await fixture.Run(graph);
        Assert.Equal(Stamp(first), Previous(second));
        var third = await fixture.Run(graph);
        Assert.Equal(Stamp(second), Previous(third)); // the latest, not the first

        var otherPlan = await fixture.Run(graph.Replace("value: 2", "value: 3"));
        Assert.Equal("none", Previous(otherPlan));
        var forced = await fixture.Run(graph, "stamp");
        Assert.Equal("none", Previous(forced));
        var afterForce = await fixture.Run(graph);
        Assert.Equal(Stamp(forced), Previous(afterForce));

        // A hint only: when the artifact it names is gone (collected), the node gets none and the run goes on.
        Directory.Delete(Path.GetDirectoryName(afterForce.Artifacts["stamp"].Directory)!, recursive: true);
        var afterCollection = await fixture.Run(graph);
        Assert.Equal("none", Previous(afterCollection));
    }

    [Fact]
    public async Task Type_kind_and_preprocessing_are_in_the_manifest_published_in_the_run_folder_and_in_run_json()
    {
        const string graph = """
            name: typed
            nodes:
              words: { kind: test/text, value: 16 }
              a: { kind: test/number, value: 2 }
            """;
        await fixture.Run(graph);
        var cached = await fixture.Run(graph);

        string folder = cached.Run.RunDirectory;
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "words", RunFolder.ManifestFile)))!;
        Assert.Equal("text", (string?)published["artifactType"]);
        Assert.Equal("test/text", (string?)published["kind"]);
        Assert.Equal(cached.Artifacts["words"].Key, (string?)published["key"]);
        Assert.Equal("""{"size":16,"normalization":"none"}""", published["preprocessing"]!.ToJsonString());
        Assert.Equal(File.ReadAllText(Path.Combine(fixture.Cache, "objects", cached.Artifacts["words"].Key, "manifest.json")),
            File.ReadAllText(Path.Combine(folder, "words", RunFolder.ManifestFile)));
        Assert.Equal("number", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "a", RunFolder.ManifestFile)))!["artifactType"]);
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "a", RunFolder.ManifestFile)))!["preprocessing"]);
        var nodes = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "run.json")))!["nodes"]!.AsArray();
        Assert.Equal("""{"size":16,"normalization":"none"}""", nodes.Single(n => (string?)n!["id"] == "words")!["preprocessing"]!.ToJsonString());
        Assert.False(nodes.Single(n => (string?)n!["id"] == "a")!.AsObject().ContainsKey("preprocessing"));
    }

    [Fact]
    public async Task Run_folder_has_run_json_log_and_node_files_also_for_cache_hits()
    {
        await fixture.Run(Graph);
        var second = await fixture.Run(Graph);
        string folder = second.Run.RunDirectory;
        Assert.Equal("12", File.ReadAllText(Path.Combine(folder, "doubled", "value.txt")));
        var runJson = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "run.json")))!;
        Assert.Equal("chain", (string?)runJson["experiment"]);
        var nodes = runJson["nodes"]!.AsArray();
        Assert.Equal(4, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("cached", (string?)n!["status"]));
        Assert.Equal("double", (string?)runJson["resolved_config"]!["nodes"]!["doubled"]!["options"]!["mode"]);
        Assert.Contains("cached", File.ReadAllText(Path.Combine(folder, "run.log")));
    }

    [Fact]
    public async Task Manifest_records_options_inputs_metrics_and_checksums()
    {
        var result = await fixture.Run(Graph);
        var manifest = result.Artifacts["a"].Manifest;
        Assert.Equal("test/number", manifest.Kind);
        Assert.Equal(2.0, manifest.Metrics["value"]);
        Assert.Equal(2, (int)manifest.Options["value"]!);
        Assert.Equal(64, manifest.Files["value.txt"].Sha256.Length);
        Assert.Equal([result.Artifacts["a"].Key, result.Artifacts["b"].Key], result.Artifacts["total"].Manifest.Inputs["terms"]);
    }

    [Fact]
    public async Task A_truncated_artifact_file_is_not_reused()
    {
        var first = await fixture.Run(Graph);
        File.WriteAllText(first.Artifacts["b"].File("value.txt"), "");
        var second = await fixture.Run(Graph);
        Assert.Equal(NodeOutcome.Ran, Outcome(second, "b"));
        Assert.Equal(NodeOutcome.Cached, Outcome(second, "total"));
    }

    public void Dispose() => fixture.Dispose();
}

using System.Text.Json.Nodes;
using SocioRunner.Core.Errors;
using SocioRunner.Reports.Rendering;
using SocioRunner.Reports.Tests.Fixtures;

namespace SocioRunner.Reports.Tests.Rendering;

public sealed class RunFolderTests : IDisposable
{
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    void WriteRunJson(FakeRun run)
    {
        var nodes = new JsonArray(run.Handles.Select(h => (JsonNode?)new JsonObject
        {
            ["id"] = h.NodeId, ["kind"] = h.Kind, ["artifact_type"] = h.Type, ["key"] = h.Key, ["seed"] = 3,
            ["status"] = h.NodeId == "city" ? "cached" : "ran", ["duration_seconds"] = 4.5, ["artifact"] = h.Directory,
        }).ToArray());
        var json = new JsonObject
        {
            ["experiment"] = "quickstart", ["file"] = "/x/experiments/quickstart.yaml", ["started_at"] = "2026-01-02T03:04:05.0000000+00:00",
            ["seed"] = 7, ["device"] = "cpu", ["nodes"] = nodes,
        };
        File.WriteAllText(Path.Combine(run.Root, "run.json"), json.ToJsonString());
    }

    [Fact]
    public void Re_renders_a_run_folder_into_its_report_folder()
    {
        var run = FakeRun.Complete(folder.Path);
        WriteRunJson(run);

        var files = ReportRenderer.RenderRunFolder(folder.Path, templates: null);

        Assert.Equal(folder.Combine("report", "index.html"), files.Html);
        string html = File.ReadAllText(files.Html);
        Assert.Contains("RNC + probe vs L1 baseline", html);
        Assert.Contains("data:image/svg+xml;base64,", html);
        string markdown = File.ReadAllText(files.Markdown);
        Assert.Contains("](plots/ground-truth-vs-tcav.png)", markdown);
        Assert.All(files.Plots, p => Assert.True(File.Exists(folder.Combine("report", p.PngFile!))));
    }

    [Fact]
    public void Reads_node_kinds_statuses_and_artifact_types_from_run_json()
    {
        var run = FakeRun.Complete(folder.Path);
        WriteRunJson(run);

        var (info, sources) = RunFolderReader.Read(folder.Path);

        Assert.Equal("quickstart", info.ExperimentName);
        Assert.Equal(Core.Execution.NodeOutcome.Cached, info.Nodes.Single(n => n.NodeId == "city").Outcome);
        Assert.Equal(run.Handles.Select(h => (h.NodeId, h.Kind, h.Type)), sources.Select(s => (s.NodeId, s.Kind, s.Type)));
    }

    [Fact]
    public void Artifact_types_come_from_run_json_not_from_file_names()
    {
        // An explain/cavs artifact holds cav_accuracy.csv, as a TCAV result does; it must not be read as one.
        Directory.CreateDirectory(folder.Combine("cavs"));
        File.WriteAllText(folder.Combine("cavs", "cav_accuracy.csv"), "layer,concept,accuracy,f1_score\nlayer4,water,0.9,0.9\n");
        File.WriteAllText(folder.Combine("run.json"), """
            {"experiment":"x","file":"x.yaml","seed":1,"device":"cpu","nodes":[{"id":"cavs","kind":"explain/cavs","artifact_type":"cavs","key":"k","status":"ran"}]}
            """);

        var (_, sources) = RunFolderReader.Read(folder.Path);

        Assert.Equal("cavs", Assert.Single(sources).Type);
    }

    [Fact]
    public void The_manifest_published_beside_the_files_gives_type_kind_inputs_and_preprocessing()
    {
        Directory.CreateDirectory(folder.Combine("probe"));
        File.WriteAllText(folder.Combine("probe", "metrics.json"), """{"test": {"r2": 0.5}}""");
        File.WriteAllText(folder.Combine("probe", "manifest.json"), """
            {"key":"k1","kind":"train/probe","kindVersion":3,"artifactType":"model","nodeId":"probe_elsewhere","options":{},
             "inputs":{"dataset":["d1"],"encoder":["e1"]},"seed":4,"device":"cpu","createdAt":"2026-01-02T03:04:05+00:00","durationSeconds":2.5,
             "preprocessing":{"size":40,"scale":"rgb-unit","normalization":"none"}}
            """);
        File.WriteAllText(folder.Combine("run.json"), """
            {"experiment":"x","file":"x.yaml","seed":1,"device":"cpu","nodes":[{"id":"probe","kind":"train/probe","artifact_type":"model","key":"k1","status":"cached"}]}
            """);

        var (run, sources) = RunFolderReader.Read(folder.Path);

        var probe = Assert.Single(sources);
        Assert.Equal(("probe", "train/probe", "model", "k1"), (probe.NodeId, probe.Kind, probe.Type, probe.Key));
        Assert.Equal(["d1"], probe.Manifest.Inputs["dataset"]);
        Assert.Equal("none", (string?)probe.Manifest.Preprocessing!["normalization"]);
        Assert.Same(probe.Manifest, run.Nodes.Single().Manifest);
    }

    [Fact]
    public void A_run_json_node_without_artifact_type_is_an_input_error_naming_the_node()
    {
        Directory.CreateDirectory(folder.Combine("city"));
        File.WriteAllText(folder.Combine("run.json"), """{"experiment":"x","nodes":[{"id":"city","kind":"dataset/synthetic-city","key":"k","status":"ran"}]}""");

        var error = Assert.Throws<InvalidInputException>(() => RunFolderReader.Read(folder.Path));

        Assert.Equal($"{folder.Combine("run.json")}: node 'city' has no manifest.json and no artifact_type (the run folder predates them); re-run the experiment to record them", error.Message);
    }

    [Fact]
    public void A_folder_without_run_json_is_an_input_error()
    {
        var error = Assert.Throws<InvalidInputException>(() => ReportRenderer.RenderRunFolder(folder.Path, null));

        Assert.Contains("run.json", error.Message);
        Assert.Equal(ExitCodes.InvalidInput, error.ExitCode);
    }

    [Fact]
    public void A_user_template_folder_is_resolved_from_the_working_directory()
    {
        Assert.Equal(Path.GetFullPath("my-templates"), ReportRenderer.ResolveTemplateFolder("my-templates"));
        Assert.Equal(ReportRenderer.DefaultTemplateFolder, ReportRenderer.ResolveTemplateFolder(null));
    }

    [Fact]
    public void Rewriting_a_hard_linked_report_file_leaves_the_linked_original_alone()
    {
        // A real hard link, as RunFolder makes into the cache (link(2)); a symlink would be a different case.
        string original = folder.Combine("cached.html");
        File.WriteAllText(original, "cached");
        string linked = folder.Combine("index.html");
        HardLink.Create(original, linked);
        Assert.Equal(2, HardLink.Count(linked));
        Assert.Null(new FileInfo(linked).LinkTarget);   // not a symlink

        ReplaceFile.WriteAllText(linked, "new");

        Assert.Equal("cached", File.ReadAllText(original));
        Assert.Equal("new", File.ReadAllText(linked));
        Assert.Equal(1, HardLink.Count(original));
    }

    [Fact]
    public void A_plain_write_through_a_hard_link_changes_the_original_which_is_why_reports_replace_files()
    {
        // The control for the test above: without unlinking first, writing the run folder's copy rewrites the cache's.
        string original = folder.Combine("cached.html");
        File.WriteAllText(original, "cached");
        string linked = folder.Combine("index.html");
        HardLink.Create(original, linked);

        File.WriteAllText(linked, "new");

        Assert.Equal("new", File.ReadAllText(original));
    }
}

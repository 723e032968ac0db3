using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Execution;
using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Building;

/// <summary>The experiment header and the node table, from the run's records (cache status, durations, keys).</summary>
internal static class RunSummaryReader
{
    public static ExperimentInfo Experiment(RunInfo? run)
    {
        if (run is null) return new ExperimentInfo();
        return new ExperimentInfo
        {
            Name = run.ExperimentName,
            File = run.ExperimentFile,
            RunDirectory = PortableName(run.RunDirectory),
            StartedAt = run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture),
            Seed = run.Seed,
            TotalSeconds = run.Nodes.Sum(n => n.DurationSeconds),
        };
    }

    /// <summary>
    /// The run folder as <c>&lt;experiment&gt;/&lt;timestamp&gt;</c> (its last two path segments), not the absolute path: a run
    /// folder copied or moved elsewhere keeps its name, so its re-rendered report stays identical.
    /// </summary>
    static string PortableName(string runDirectory)
    {
        if (runDirectory.Length == 0) return "";
        string full = Path.TrimEndingDirectorySeparator(runDirectory);
        string name = Path.GetFileName(full);
        string parent = Path.GetFileName(Path.GetDirectoryName(full) ?? "");
        return parent.Length == 0 ? name : $"{parent}/{name}";
    }

    public static IReadOnlyList<NodeSummary> Nodes(RunInfo? run, IReadOnlyList<ArtifactHandle> sources)
    {
        var byId = sources.GroupBy(s => s.NodeId).ToDictionary(g => g.Key, g => g.First());
        var nodes = new List<NodeSummary>();
        foreach (var record in run?.Nodes ?? [])
        {
            string type = byId.TryGetValue(record.NodeId, out var handle) ? handle.Type : "";
            nodes.Add(new NodeSummary(record.NodeId, record.Kind, type, record.Outcome.ToString().ToLowerInvariant(),
                record.DurationSeconds, Short(record.Key), record.Key));
        }
        foreach (var source in sources.Where(s => nodes.All(n => n.Id != s.NodeId)))
            nodes.Add(new NodeSummary(source.NodeId, source.Kind, source.Type, "input", source.Manifest.DurationSeconds,
                Short(source.Key), source.Key));
        return nodes;
    }

    static string Short(string key) => key.Length > 12 ? key[..12] : key;
}

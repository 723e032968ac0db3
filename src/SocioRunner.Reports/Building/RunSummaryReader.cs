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
            RunDirectory = run.RunDirectory,
            StartedAt = run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture),
            Seed = run.Seed,
            TotalSeconds = run.Nodes.Sum(n => n.DurationSeconds),
        };
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

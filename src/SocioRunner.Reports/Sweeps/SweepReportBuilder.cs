using System.Text.Json.Nodes;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Sweeps.Launch;
using SocioRunner.Reports.Building.Internal;

namespace SocioRunner.Reports.Sweeps;

/// <summary>
/// Builds the sweep report's model from sweep.json and each member's run folder: the member table, mean +- sd per
/// variant over seeds, the paired RNC + probe vs L1 baseline comparison, and TCAV significance agreement.
/// </summary>
internal static class SweepReportBuilder
{
    static readonly string[] Metrics = ["test_r2", "test_mae", "test_kendall_tau", "test_spearman"];

    public static (SweepReportModel Model, IReadOnlyList<SweepMemberData> Members) Build(SweepFolder folder, JsonObject manifest, SlurmJobLookup? slurm)
    {
        string sweepDirectory = folder.Path;
        var states = SweepMemberStates.Resolve(folder, manifest, slurm);
        var members = (manifest["members"]?.AsArray() ?? []).Select(m => SweepMemberData.Read(m!, states[(string)m!["name"]!])).ToList();
        var modelNodes = members.SelectMany(m => m.Nodes.Where(n => n.Value.Kind is "train/probe" or "train/regression").Select(n => n.Key))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = modelNodes.SelectMany(node => Metrics.Select(metric => (node, metric)))
            .Where(c => members.Any(m => m.Metric(c.node, c.metric) is not null)).ToList();
        var rows = members.Select(m => new SweepMemberRow(m.Name, m.Label, m.Variant, m.Seed, m.State.Status.ToString().ToLowerInvariant(), m.State.Detail,
            columns.Select(c => m.Metric(c.node, c.metric)).ToList(), m.ReportLink(sweepDirectory))).ToList();
        var done = members.Where(m => m.State.Status == MemberStatus.Done).ToList();
        var variants = done.GroupBy(m => m.Variant).Select(g => Summarise(g.Key, g.ToList(), columns)).ToList();
        var model = new SweepReportModel(
            $"Sweep of {(string?)manifest["experiment"]}", (string?)manifest["experiment"] ?? "", (string?)manifest["created_at"] ?? "",
            (manifest["axes"]?.AsArray() ?? []).Select(a => (string)a!).ToList(),
            columns.Select(c => $"{c.node} {c.metric}").ToList(), rows, variants, Compare(done), TcavAgreement(done), []);
        return (model, members);
    }

    static VariantSummary Summarise(string variant, List<SweepMemberData> members, List<(string node, string metric)> columns)
    {
        var stats = columns.Select(c => PairedTest.MeanSd(members.Select(m => m.Metric(c.node, c.metric)))).ToList();
        return new VariantSummary(variant.Length == 0 ? "(base)" : variant, members.Count, stats.Select(s => s.Mean).ToList(), stats.Select(s => s.Sd).ToList());
    }

    /// <summary>
    /// Each probe against every L1 baseline (train/regression) of the same member trained on the same dataset from the
    /// same encoder (<see cref="Building.ModelLineage"/>), paired by seed.
    /// </summary>
    static List<PairedComparison> Compare(List<SweepMemberData> done)
    {
        var comparisons = new List<PairedComparison>();
        foreach (var variant in done.GroupBy(m => m.Variant))
        {
            foreach (var (probe, baseline) in Pairs(variant.First()))
                foreach (string metric in new[] { "test_r2", "test_mae" })
                {
                    var pairs = variant.Select(m => (a: m.Metric(probe, metric), b: m.Metric(baseline, metric)))
                        .Where(p => p.a is not null && p.b is not null).Select(p => (a: p.a!.Value, b: p.b!.Value)).ToList();
                    if (pairs.Count == 0) continue;
                    var (mean, lower, upper, t, p) = PairedTest.Run(pairs.Select(x => x.a).ToList(), pairs.Select(x => x.b).ToList());
                    comparisons.Add(new PairedComparison(variant.Key.Length == 0 ? "(base)" : variant.Key, metric, probe, baseline, pairs.Count,
                        pairs.Average(x => x.a), pairs.Average(x => x.b), mean, lower, upper, t, p));
                }
        }
        return comparisons;
    }

    /// <summary>The (probe, baseline) node pairs of a member with the same origin, in the member's node order.</summary>
    internal static IReadOnlyList<(string Probe, string Baseline)> Pairs(SweepMemberData member)
    {
        var lineage = new Building.ModelLineage(member.Manifests.Select(m => (m.Key, m.Value.Key, (ArtifactManifest?)m.Value)));
        var nodes = member.Nodes.ToList();
        return [.. from probe in nodes.Where(n => n.Value.Kind == "train/probe")
                   from baseline in nodes.Where(n => n.Value.Kind == "train/regression")
                   where lineage.Origin(probe.Key) == lineage.Origin(baseline.Key)
                   select (probe.Key, baseline.Key)];
    }

    static List<TcavAgreementRow> TcavAgreement(List<SweepMemberData> done)
    {
        var rows = new List<TcavAgreementRow>();
        foreach (var variant in done.GroupBy(m => m.Variant))
        {
            var results = new Dictionary<(string Node, string Concept, string Layer), List<(bool Significant, string Direction)>>();
            foreach (var member in variant)
                foreach (var (node, _) in member.Nodes.Where(n => n.Value.Kind == "explain/tcav"))
                {
                    string file = Path.Combine(member.Directory, node, "tcav_significance.csv");
                    if (!File.Exists(file)) continue;
                    foreach (var row in Building.TcavReader.Significance(CsvTable.Read(file)))
                    {
                        var key = (node, row.Concept, row.Layer);
                        if (!results.TryGetValue(key, out var list)) results[key] = list = [];
                        list.Add((row.Significant, row.Direction));
                    }
                }
            foreach (var ((node, concept, layer), list) in results.OrderBy(r => r.Key.Node).ThenBy(r => r.Key.Concept))
                rows.Add(new TcavAgreementRow(variant.Key.Length == 0 ? "(base)" : variant.Key, node, concept, layer, list.Count,
                    list.Count(x => x.Significant), list.Count(x => x.Direction == "positive"), list.Count(x => x.Direction == "negative")));
        }
        return rows;
    }
}

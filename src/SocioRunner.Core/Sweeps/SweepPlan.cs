using System.Security.Cryptography;
using System.Text;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;

namespace SocioRunner.Core.Sweeps;

/// <summary>One member after validation: its plan and the cache key of every node.</summary>
public sealed record SweepMemberPlan(SweepMember Member, ExperimentPlan Plan, IReadOnlyDictionary<string, string> Keys);

/// <summary>
/// A validated sweep: every member planned before anything runs. Members whose nodes have identical cache keys
/// share that work (it is computed once, whoever gets its lock first).
/// </summary>
public sealed record SweepPlan(Experiment Base, SweepDefinition Definition, IReadOnlyList<string> FixedSets, IReadOnlyList<SweepMemberPlan> Members, string Device)
{
    /// <summary>Members using each key, for the keys used by more than one member.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SweepMemberPlan>> SharedKeys =>
        Members.SelectMany(m => m.Keys.Values.Distinct().Select(key => (key, m)))
            .GroupBy(p => p.key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SweepMemberPlan>)g.Select(p => p.m).ToList(), StringComparer.Ordinal);

    public int TotalNodes => Members.Sum(m => m.Plan.Nodes.Count);

    /// <summary>Distinct pieces of work: nodes with the same key across members count once.</summary>
    public int DistinctNodes => Members.SelectMany(m => m.Keys.Values).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// Identifies "the same sweep command" (file, fixed overrides, members and their cache keys): re-running it resumes the sweep folder
    /// with this identity instead of starting a new one.
    /// </summary>
    public string Identity
    {
        get
        {
            var text = new StringBuilder(Path.GetFullPath(Base.File));
            foreach (string set in FixedSets) text.Append('\n').Append(set);
            foreach (var member in Members)
            {
                text.Append('\n').Append(string.Join(' ', member.Member.SetArguments));
                foreach (var node in member.Plan.Nodes) text.Append(' ').Append(member.Keys[node.Id]); // an edited file is a new sweep
            }
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        }
    }
}

using SocioRunner.Core.Experiments;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Sweeps;

/// <summary>One configuration of a sweep: its values, a folder-safe name (<c>m03</c>) and a readable label.</summary>
public sealed record SweepMember(int Index, IReadOnlyList<Override> Values)
{
    public string Name => $"m{Index:00}";

    public string Label => Values.Count == 0 ? "(base)" : string.Join(" ", Values.Select(v => $"{ShortPath(v.Path)}={YamlText.Label(v.Value)}"));

    /// <summary>The <c>--set PATH=VALUE</c> arguments that make a plain run of this member.</summary>
    public IReadOnlyList<string> SetArguments => Values.Select(v => $"{v.Path}={YamlText.Format(v.Value)}").ToList();

    /// <summary>The seed this member sets, if it sets one (the report pairs members over seeds).</summary>
    public string? Seed => Values.LastOrDefault(v => v.Path == "seed")?.Value is YamlScalar s ? s.Value : null;

    /// <summary>The member's values except the seed: members with equal variant keys differ only by seed.</summary>
    public string VariantKey => string.Join(" ", Values.Where(v => v.Path != "seed").Select(v => $"{ShortPath(v.Path)}={YamlText.Label(v.Value)}"));

    static string ShortPath(string path) => path.StartsWith("nodes.", StringComparison.Ordinal) ? path["nodes.".Length..] : path;
}

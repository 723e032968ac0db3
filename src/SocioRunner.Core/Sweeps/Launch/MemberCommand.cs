namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>The plain <c>run</c> command line of one member: same file, the sweep's fixed overrides, the member's values, its own folder.</summary>
public static class MemberCommand
{
    public static IReadOnlyList<string> Arguments(SweepPlan plan, SweepMember member, string cache, string runDirectory, IReadOnlyList<string>? targets = null)
    {
        var args = new List<string> { "run", Path.GetFullPath(plan.Base.File) };
        foreach (string set in plan.FixedSets.Concat(member.SetArguments)) args.AddRange(["--set", set]);
        args.AddRange(["--cache", Path.GetFullPath(cache), "--run-dir", runDirectory]);
        foreach (string target in targets ?? []) args.AddRange(["--target", target]);
        return args;
    }
}

using System.ComponentModel;
using SocioRunner.Core.Artifacts;
using SocioRunner.Core.Errors;
using Microsoft.Extensions.Options;
using SocioRunner.Cli.Settings;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands.Cache;

[Description("Re-hash every cached artifact; remove corrupted ones so the next run recomputes them. Exit 3 if any were corrupted.")]
public sealed class CacheVerifyCommand(IOptions<SocioSettings> options) : Command<CacheSettings>
{
    public override int Execute(CommandContext context, CacheSettings settings, CancellationToken cancellation)
    {
        var store = new ArtifactStore(options.Value.Cache);
        int checkedCount = 0, corrupted = 0;
        foreach (string key in store.Keys.ToList())
        {
            checkedCount++;
            var problems = store.Verify(key);
            if (problems.Count == 0) continue;
            corrupted++;
            foreach (string problem in problems) Console.WriteLine(problem);
            // A corrupted artifact is never trusted again (TryOpen checks sizes, the next run recomputes it); removing it
            // goes through the same hide-then-delete as gc, so a run that already opened it sees it vanish atomically.
            if (!settings.DryRun) store.Delete(key);
        }
        string action = settings.DryRun ? "not removed (dry run)" : "removed; the next run recomputes them";
        Console.WriteLine($"checked {checkedCount} artifacts in {store.Root}: {corrupted} corrupted{(corrupted > 0 ? ", " + action : "")}");
        return corrupted == 0 ? ExitCodes.Ok : ExitCodes.NodeFailed;
    }
}

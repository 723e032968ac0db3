using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

/// <summary>Verbs contributed by the data, report and cache features (synth, report, cache).</summary>
public static class CommandRegistrations
{
    public static void AddMore(IConfigurator config)
    {
        config.AddCommand<SynthCommand>("synth").WithExample("synth", "--out", "city", "--seed", "7");
        config.AddCommand<ReportCommand>("report").WithExample("report", "reports/quickstart/20261127-120000");
        Sweeps.SweepServices.AddSweepCommands(config);
        config.AddBranch("cache", cache =>
        {
            cache.SetDescription("Inspect and maintain the artifact cache.");
            cache.AddCommand<Cache.CacheVerifyCommand>("verify");
            cache.AddCommand<Cache.CacheGcCommand>("gc").WithExample("cache", "gc", "--dry-run");
        });
    }
}

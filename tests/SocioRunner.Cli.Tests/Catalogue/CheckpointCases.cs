using Microsoft.Extensions.DependencyInjection;
using SocioRunner.Cli.Infrastructure;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;

namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>Damaged training checkpoints (the resume state under <c>work/&lt;key&gt;/resume</c>): the node refuses to resume from them.</summary>
public static class CheckpointCases
{
    const string Pretrain = "  pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, epochs: 1, batch_size: 8, transforms: { size: 16 } }\n";

    static BadInputCase Damaged(string name, Action<string> damage) =>
        new(name, f =>
        {
            string[] args = f.RunExperiment(CatalogueWorkspace.WarmTrainingInputs + Pretrain);
            string resume = ResumeFolder(f);
            Directory.CreateDirectory(resume);
            damage(resume);
            return args;
        }, f => [ResumeFolder(f), "cannot resume"]);

    /// <summary>Where the pretrain node of this case keeps its resume state: the catalogue's cache, the node's key.</summary>
    static string ResumeFolder(CaseFolder folder)
    {
        using var services = SocioServices.Create(new ConsoleSettings { Interactive = false }).BuildServiceProvider();
        var plan = services.GetRequiredService<ExperimentPlanner>().PlanOrThrow(ExperimentLoader.LoadOrThrow(folder.Experiment, [], _ => null));
        string key = CacheKey.ComputeAll(plan, "cpu")["pretrain"];
        string cases = Path.GetDirectoryName(folder.Path)!, workspace = Path.GetDirectoryName(cases)!;
        return Path.Combine(workspace, ".socio", "cache", "work", key, "resume");
    }

    public static IEnumerable<BadInputCase> All() =>
    [
        Damaged("checkpoint-state-not-json", resume => File.WriteAllText(Path.Combine(resume, "state.json"), "{ \"CompletedEpochs\": ")),
        Damaged("checkpoint-weights-truncated", resume =>
        {
            File.WriteAllText(Path.Combine(resume, "state.json"), "{ \"CompletedEpochs\": 1, \"History\": [], \"Best\": [], \"EpochsSinceImprovement\": 0 }");
            File.WriteAllBytes(Path.Combine(resume, "module.dat"), [1, 2, 3]);
        }),
    ];
}

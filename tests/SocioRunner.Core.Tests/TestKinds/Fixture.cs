using Microsoft.Extensions.Logging.Abstractions;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Execution;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Graph;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Core.Tests.TestKinds;

/// <summary>A temp folder with an experiment file, a cache and a reports root, plus the test kinds.</summary>
public sealed class Fixture : IDisposable
{
    public Fixture()
    {
        Root = Directory.CreateTempSubdirectory("socio-core-").FullName;
        Registry = new NodeKindRegistry([new NumberNode(Ledger), new SumNode(Ledger), new TextNode(), new StampNode(Ledger)]);
    }

    public string Root { get; }
    public ExecutionLedger Ledger { get; } = new();
    public NodeKindRegistry Registry { get; }
    public string Cache => Path.Combine(Root, "cache");
    public string Reports => Path.Combine(Root, "reports");

    public string Write(string yaml, string name = "exp.yaml")
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public IReadOnlyList<ConfigProblem> Problems(string yaml, IReadOnlyList<string>? overrides = null, Func<string, string?>? env = null)
    {
        var problems = new List<ConfigProblem>();
        var experiment = ExperimentLoader.Load(Write(yaml), overrides ?? [], env ?? (_ => null), problems);
        if (experiment is not null) new ExperimentPlanner(Registry).Plan(experiment, problems);
        return problems;
    }

    public ExperimentPlan Plan(string yaml, IReadOnlyList<string>? overrides = null, Func<string, string?>? env = null)
    {
        var experiment = ExperimentLoader.LoadOrThrow(Write(yaml), overrides ?? [], env ?? (_ => null));
        return new ExperimentPlanner(Registry).PlanOrThrow(experiment);
    }

    public Task<RunResult> Run(string yaml, params string[] force) => Run(Plan(yaml), force);

    public Task<RunResult> Run(ExperimentPlan plan, params string[] force)
    {
        var executor = new Executor([], new PassThroughDeviceResolver(), NullLoggerFactory.Instance);
        var settings = new RunSettings { CacheDirectory = Cache, ReportsDirectory = Reports, Force = force.ToHashSet() };
        return executor.RunAsync(plan, settings, NullRunObserver.Instance, CancellationToken.None);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

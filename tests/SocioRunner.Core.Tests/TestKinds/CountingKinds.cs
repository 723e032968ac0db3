using System.ComponentModel.DataAnnotations;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Nodes;

namespace SocioRunner.Core.Tests.TestKinds;

/// <summary>Small node kinds that exist only in tests, to prove the executor without the method's real work.</summary>
public sealed record NumberOptions
{
    [Range(0, 1000)] public int Value { get; init; } = 1;
    public bool Fail { get; init; }
    public Mode Mode { get; init; } = Mode.PlusOne;
    public List<string> Tags { get; init; } = [];
    /// <summary>Makes the node take this long, so concurrent runs overlap on it.</summary>
    public int DelayMilliseconds { get; init; }
}

public enum Mode { PlusOne, Double }

/// <summary>Counts executions per node id in a shared ledger so tests can tell ran from cached.</summary>
public sealed class ExecutionLedger
{
    readonly Dictionary<string, int> runs = [];
    public int Runs(string nodeId) { lock (runs) return runs.GetValueOrDefault(nodeId); }
    public void Add(string nodeId) { lock (runs) runs[nodeId] = Runs(nodeId) + 1; }
}

/// <summary><c>test/number</c>: writes <c>value.txt</c> = its option value.</summary>
public sealed class NumberNode(ExecutionLedger ledger) : NodeKind<NumberOptions>
{
    public override string Name => "test/number";
    public override string Description => "writes a number";
    public override IReadOnlyList<InputSlot> Inputs => [];
    public override string OutputType => "number";

    protected override async Task ExecuteAsync(NodeContext context, NumberOptions options)
    {
        ledger.Add(context.NodeId);
        if (options.Fail) throw new InvalidOperationException("asked to fail");
        if (options.DelayMilliseconds > 0) await Task.Delay(options.DelayMilliseconds, context.Cancellation);
        File.WriteAllText(context.OutputPath("value.txt"), options.Value.ToString());
        context.RecordMetric("value", options.Value);
    }
}

/// <summary><c>test/sum</c>: sums its <c>terms</c> inputs (many) and applies its mode.</summary>
public sealed class SumNode(ExecutionLedger ledger) : NodeKind<NumberOptions>
{
    public override string Name => "test/sum";
    public override string Description => "sums numbers";
    public override IReadOnlyList<InputSlot> Inputs => [new InputSlot("terms", ["number"], Required: true, Many: true)];
    public override string OutputType => "number";

    protected override Task ExecuteAsync(NodeContext context, NumberOptions options)
    {
        ledger.Add(context.NodeId);
        if (options.Fail) throw new InvalidInputException("data.csv: column 'x' missing");
        int sum = context.InputsOf("terms").Sum(a => int.Parse(File.ReadAllText(a.File("value.txt"))));
        int result = options.Mode == Mode.Double ? sum * 2 : sum + 1;
        File.WriteAllText(context.OutputPath("value.txt"), result.ToString());
        return Task.CompletedTask;
    }
}

/// <summary><c>test/text</c>: produces a different artifact type, to test input type checks; records an input preprocessing as models do.</summary>
public sealed class TextNode : NodeKind<NumberOptions>
{
    public override string Name => "test/text";
    public override string Description => "writes text";
    public override IReadOnlyList<InputSlot> Inputs => [];
    public override string OutputType => "text";

    protected override Task ExecuteAsync(NodeContext context, NumberOptions options)
    {
        File.WriteAllText(context.OutputPath("text.txt"), "hello");
        context.RecordPreprocessing(new System.Text.Json.Nodes.JsonObject { ["size"] = options.Value, ["normalization"] = "none" });
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>test/stamp</c>: never cached, like the report: writes <c>stamp.txt</c> = how many times it has executed and the
/// run folder it executed for, so tests can tell this run's output from an earlier one's; <c>previous.txt</c> = the
/// stamp of the output the executor handed it as <see cref="NodeContext.Previous"/>, or <c>none</c>.
/// </summary>
public sealed class StampNode(ExecutionLedger ledger) : NodeKind<NumberOptions>
{
    public override string Name => "test/stamp";
    public override string Description => "stamps the run (never cached)";
    public override IReadOnlyList<InputSlot> Inputs => [new InputSlot("of", ["number"], Required: true)];
    public override string OutputType => "stamp";
    public override bool Cacheable => false;

    protected override Task ExecuteAsync(NodeContext context, NumberOptions options)
    {
        ledger.Add(context.NodeId);
        File.WriteAllText(context.OutputPath("stamp.txt"), $"{ledger.Runs(context.NodeId)} {Path.GetFileName(context.Run.RunDirectory)}");
        File.WriteAllText(context.OutputPath("previous.txt"), context.Previous is { } previous ? File.ReadAllText(previous.File("stamp.txt")) : "none");
        return Task.CompletedTask;
    }
}

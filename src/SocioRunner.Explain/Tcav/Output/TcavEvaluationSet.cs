namespace SocioRunner.Explain.Tcav.Output;

/// <summary>The explained inputs: ids and labels (predictions come from the model pass).</summary>
public sealed record TcavEvaluationSet(IReadOnlyList<string> Ids, IReadOnlyList<double> Labels);

namespace SocioRunner.Reports.Model;

/// <summary>
/// The paper's headline comparison: RNC pretraining + linear probe against the end-to-end L1 baseline trained on the
/// same dataset from the same encoder.
/// </summary>
public sealed record ModelComparison(string ProbeNodeId, string BaselineNodeId, string Split, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>The node id of the encoder both started from (empty when the artifacts do not record it).</summary>
    public string Encoder { get; init; } = "";

    /// <summary>The node id of the dataset both trained on (empty when the artifacts do not record it).</summary>
    public string Dataset { get; init; } = "";
}

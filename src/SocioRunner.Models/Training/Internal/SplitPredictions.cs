using SocioRunner.Core.Tables;
using SocioRunner.Models.Metrics;

namespace SocioRunner.Models.Training.Internal;

/// <summary>Predictions and embeddings of every image of one split.</summary>
internal sealed record SplitPredictions(string Split, IReadOnlyList<string> Ids, double[] Labels, double[] Predictions, float[][] Embeddings)
{
    public Dictionary<string, double> Metrics(int maxPairsSample, int seed) => new()
    {
        ["r2"] = RegressionMetrics.R2(Labels, Predictions),
        ["mse"] = RegressionMetrics.Mse(Labels, Predictions),
        ["mae"] = RegressionMetrics.Mae(Labels, Predictions),
        ["kendall_tau"] = RegressionMetrics.KendallTauB(Labels, Predictions),
        ["pearson"] = RegressionMetrics.Pearson(Labels, Predictions),
        ["spearman"] = RegressionMetrics.Spearman(Labels, Predictions),
        ["embedding_ordering"] = RegressionMetrics.EmbeddingOrdering(Embeddings, Labels, maxPairsSample, seed),
    };

    /// <summary>Writes <c>image_id,label,prediction</c>; ids with commas, quotes or line breaks are quoted (RFC 4180).</summary>
    public void WriteCsv(string path)
    {
        using var csv = new CsvWriter(path, ["image_id", "label", "prediction"]);
        for (int i = 0; i < Ids.Count; i++) csv.Row([Ids[i], CsvWriter.Number(Labels[i]), CsvWriter.Number(Predictions[i])]);
    }
}

using SocioRunner.Reports.Model;

namespace SocioRunner.Reports.Tests.Fixtures;

/// <summary>A hand-written report model for snapshot tests: every section filled, plots as stable placeholders.</summary>
public static class FixedReportModel
{
    public static ReportModel Create(string nodeName = "probe", string conceptName = "vegetation") => new()
    {
        Title = "quickstart — SocioRunner report",
        Experiment = new ExperimentInfo
        {
            Name = "quickstart", File = "experiments/quickstart.yaml", RunDirectory = "reports/quickstart/20260102-030405",
            StartedAt = "2026-01-02 03:04:05 +00:00", Seed = 7, TotalSeconds = 187.262,
        },
        Nodes =
        [
            new NodeSummary("city", "dataset/synthetic-city", "raw-data", "cached", 0.012, "3f2a9c1b7e44", "3f2a9c1b7e44aa"),
            new NodeSummary(nodeName, "train/probe", "model", "ran", 95.5, "77aa00bb11cc", "77aa00bb11ccdd"),
            new NodeSummary("baseline", "train/regression", "model", "ran", 80.25, "0099887766ff", "0099887766ffee"),
            new NodeSummary("tcav", "explain/tcav", "tcav", "ran", 11.5, "aa11bb22cc33", "aa11bb22cc33dd"),
        ],
        Datasets =
        [
            new DatasetSummary("city", "dataset/synthetic-city", "synthetic_city.json",
                [new Fact("noise", "0.1"), new Fact("oracle_r2", "0.91"), new Fact("counts.tiles", "120")]),
            new DatasetSummary("concepts", "concepts/flair", "concepts.json", [new Fact("min_count", "20")])
            {
                Concepts = [new ConceptSet(conceptName, 30, "classes: [6, 7], min: 0.5, max: 1"), new ConceptSet("impervious", 25, "")],
                Dropped = ["water"],
            },
        ],
        TrainingRuns =
        [
            new TrainingRun(nodeName, "train/probe", [new EpochRecord(1, 2.0, 2.2, 0.1, 0.005), new EpochRecord(2, 1.0, 1.1, 0.4, 0.00475)]),
        ],
        Metrics =
        [
            new MetricsTable(nodeName, "train/probe", ["val", "test"],
                [new MetricRow("r2", [0.64, 0.62]), new MetricRow("kendall_tau", [0.5, 0.48]), new MetricRow("mae", [null, 0.31])]),
        ],
        Comparisons =
        [
        new ModelComparison(nodeName, "baseline", "test",
        [
            new ComparisonRow("r2", "R²", 0.62, 0.52, false),
            new ComparisonRow("kendall_tau", "Kendall τ", 0.48, 0.40, false),
            new ComparisonRow("mae", "MAE", 0.31, 0.36, true),
            new ComparisonRow("embedding_ordering", "Embedding ordering", 0.66, null, false),
        ]) { Encoder = "encoder", Dataset = "income" },
        ],
        Tcav =
        [
            new TcavResult("tcav", "explain/tcav")
            {
                Significance =
                [
                    new TcavSignificanceRow(conceptName, "avgpool", 0.82, 0.05, 0.51, 0.0003, true, 0.27, 0.35, true, 0.93, "balanced sample of the other concepts")
                    {
                        Effect = new EffectEstimate(2574.4, 1902.1, 3246.9, 512.3),
                        CavBalancedAccuracy = 0.91,
                    },
                    new TcavSignificanceRow("impervious", "avgpool", 0.21, 0.07, 0.49, 0.002, true),
                    new TcavSignificanceRow("greenhouses", "avgpool", 0.47, 0.2, 0.49, null, false, null, null, false, 0.87) { CavBalancedAccuracy = 0.52 },
                ],
                CavAccuracy = [new CavAccuracyRow(conceptName, "avgpool", 0.93, 0.92), new CavAccuracyRow("impervious", "avgpool", 0.88, null)],
                Intervals =
                [
                    new TcavIntervalRow(conceptName, "avgpool", "Q1", 0, 2, 8, 0.58, 0.01) { Effect = new EffectEstimate(0.42, 0.1, 0.74, 0.05), Direction = "+" },
                    new TcavIntervalRow(conceptName, "avgpool", "Q2", 2, 4, 8, 0.66, 0.02),
                ],
            },
        ],
        GroundTruth =
        [
            new GroundTruthRow(conceptName, 3, 0.82, true, 0.51, "+", "concept", true)
            {
                ExpectedDifference = 2573.5, TcavEffect = new EffectEstimate(2574.4, 1902.1, 3246.9, 512.3),
            },
            new GroundTruthRow("water", 0, null, null),
            new GroundTruthRow("greenhouses", 0, 0.47, false, 0.49, "0", "distractor", false),
        ],
        Tsne = [new TsneInfo("tsne", [new Fact("kl_divergence", "0.84"), new Fact("perplexity", "30")], 40)],
        Plots =
        [
            Placeholder("loss-" + nodeName, PlotSections.Training, "Loss per epoch — " + nodeName),
            Placeholder("tcav-sign-count", PlotSections.Tcav, "TCAV sign-count — tcav, avgpool"),
            PlotEntry.Missing("predicted-vs-true", PlotSections.Predictions, "Predicted vs true", "no model among the report's sources has a predictions_test.csv"),
            PlotEntry.Missing("tsne-outcome", PlotSections.Tsne, "t-SNE map by outcome", "no t-SNE node with a tsne_joined.csv among the report's sources"),
        ],
        Notes = ["tcav: tcav_repeats.csv: missing column(s) concept"],
    };

    static PlotEntry Placeholder(string id, string section, string title) => new(id, section, title, $"Caption of {title}.")
    {
        PngFile = $"plots/{id}.png",
        SvgFile = $"plots/{id}.svg",
        EmbeddedUri = "data:image/svg+xml;base64,PLACEHOLDER",
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using SocioRunner.Core.Nodes;
using SocioRunner.Core.Tables;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Encoders;
using TorchSharp.PyBridge;

namespace SocioRunner.Models.Training.Internal;

/// <summary>Writes the files every training artifact shares: history, metrics, TensorBoard logs, kept checkpoints.</summary>
internal static class TrainingArtifacts
{
    public static void WriteHistory(NodeContext context, IReadOnlyList<EpochRecord> history)
    {
        using var csv = new CsvWriter(context.OutputPath("history.csv"), EpochRecord.Columns);
        foreach (var record in history) csv.Row(record.ToCells());
    }

    public static void WriteMetrics(NodeContext context, JsonObject metrics) =>
        File.WriteAllText(context.OutputPath("metrics.json"), metrics.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>Copies TensorBoard event files and the kept checkpoints from the work directory into the artifact.</summary>
    public static void CopyLogsAndCheckpoints(NodeContext context, EpochLoop loop, TrainingOutcome outcome)
    {
        CopyDirectory(loop.TensorBoardDirectory, Path.Combine(context.OutputDirectory, "tensorboard"));
        var target = Path.Combine(context.OutputDirectory, "checkpoints");
        Directory.CreateDirectory(target);
        foreach (var best in outcome.Best)
            File.Copy(Path.Combine(loop.CheckpointDirectory, best.File), Path.Combine(target, best.File), overwrite: true);
    }

    public static void ExportSafetensorsIfRequested(NodeContext context, StagedEncoder encoder, TrainingOptions options)
    {
        if (options.ExportSafetensors) encoder.save_safetensors(context.OutputPath(ModelArtifact.SafetensorsFile));
    }

    public static void Summarize(NodeContext context, TrainingOutcome outcome)
    {
        var last = outcome.History[^1];
        context.RecordMetric("final_train_loss", last.TrainLoss);
        context.Summary["epochs_completed"] = last.Epoch;
        context.Summary["best_epoch"] = outcome.Best[0].Epoch;
        context.Summary["stopped_early"] = outcome.StoppedEarly;
        double seconds = outcome.History.Sum(h => h.Seconds), wait = outcome.History.Sum(h => h.DataWaitSeconds);
        context.Summary["images_per_second"] = Math.Round(outcome.History.Sum(h => h.Images) / Math.Max(seconds, 1e-9), 2);
        context.Summary["data_wait_share"] = Math.Round(wait / Math.Max(seconds, 1e-9), 4);
    }

    public static JsonObject ToJson(IReadOnlyDictionary<string, double> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values) json[key] = double.IsFinite(value) ? value : null;
        return json;
    }

    static void CopyDirectory(string source, string target)
    {
        if (!Directory.Exists(source)) return;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}

using SocioRunner.Core.Nodes;
using SocioRunner.Data.Datasets;
using SocioRunner.Explain.Tables;
using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.Inputs;
using SocioRunner.Models.Artifacts;
using SocioRunner.Models.Devices;

namespace SocioRunner.Explain.Tsne;

/// <summary>The points to map: ids, labels and vectors, from an embeddings artifact or from a model's layer on a data split.</summary>
public sealed record TsnePoints(string Layer, EmbeddingTable Table)
{
    public static TsnePoints Load(NodeContext context, TsneOptions options)
    {
        if (context.HasInput("embeddings"))
        {
            return new TsnePoints("embeddings", EmbeddingTable.Read(context.Input("embeddings").File(EmbeddingTable.FileName)));
        }

        if (!context.HasInput("model") || !context.HasInput("data"))
        {
            throw ExplainErrors.AsError(ExplainErrors.TsneNeedsPoints(new HashSet<string>()));
        }

        var device = DeviceSelection.Resolve(context.Device);
        var encoder = ModelArtifact.LoadEncoder(context.Input("model"), device);
        if (!encoder.StageNames.Contains(options.Layer))
        {
            throw ExplainErrors.UnknownLayer(options.Layer, encoder.Spec.ToString(), encoder.StageNames);
        }

        var data = context.Input("data");
        IReadOnlyList<Sample> samples;
        try
        {
            samples = DatasetArtifact.Open(data).Split(options.Split);
        }
        catch (ArgumentException error)
        {
            throw ExplainErrors.UnknownSplit("split", error);
        }

        if (samples.Count == 0)
        {
            throw ExplainErrors.EmptyEvaluationSet(options.Split, data.Directory);
        }

        var reader = new ModelImageReader(ModelArtifact.Preprocessing(context.Input("model"), encoder));
        var paths = samples.Select(s => Path.IsPathRooted(s.ImagePath) ? s.ImagePath : Path.Combine(data.Directory, s.ImagePath)).ToArray();
        var rows = LayerAttributor.EncoderActivations(
            encoder, device, options.Layer, new ImageSource(paths.Length, reader.Size, i => reader.Load(paths[i])), options.BatchSize, context.Cancellation);
        return new TsnePoints(options.Layer, new EmbeddingTable(samples.Select(s => s.Id).ToArray(), samples.Select(s => s.Label).ToArray(), rows));
    }
}

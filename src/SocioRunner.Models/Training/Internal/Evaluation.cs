using SocioRunner.Models.Encoders;
using TorchSharp;
using static TorchSharp.torch;

namespace SocioRunner.Models.Training.Internal;

/// <summary>Runs an encoder (and optionally a head) over a whole split in eval mode without gradients.</summary>
internal static class Evaluation
{
    public static SplitPredictions Predict(string split, StagedEncoder encoder, nn.Module<Tensor, Tensor>? head, IBatchSource source, Device device, CancellationToken cancellation)
    {
        bool encoderWasTraining = encoder.training;
        encoder.eval();
        head?.eval();
        var ids = new List<string>();
        var labels = new List<double>();
        var predictions = new List<double>();
        var embeddings = new List<float[]>();
        using (no_grad())
        {
            foreach (var batch in source.Epoch(0, cancellation))
            {
                using var owned = batch;
                using var scope = NewDisposeScope();
                var embedding = encoder.call(BatchLoop.View(batch, 0, device));
                var embeddingRows = embedding.cpu().data<float>().ToArray();
                int dim = (int)embedding.shape[1];
                for (int i = 0; i < batch.Count; i++) embeddings.Add(embeddingRows.AsSpan(i * dim, dim).ToArray());
                if (head is not null) predictions.AddRange(head.call(embedding).reshape(-1).cpu().data<float>().ToArray().Select(v => (double)v));
                ids.AddRange(batch.Ids);
                labels.AddRange(batch.Labels.Select(v => (double)v));
            }
        }
        if (encoderWasTraining) encoder.train();
        return new SplitPredictions(split, ids, labels.ToArray(), predictions.ToArray(), embeddings.ToArray());
    }
}

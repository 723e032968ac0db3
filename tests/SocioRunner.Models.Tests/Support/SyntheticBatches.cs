using SocioRunner.Models.Training;

namespace SocioRunner.Models.Tests.Support;

/// <summary>
/// Tiny in-memory images whose brightness pattern follows the label, with per-view noise; shuffling and noise are
/// seeded by (seed, epoch) so every epoch is reproducible, as the real batch stream is.
/// </summary>
public sealed class SyntheticBatches(int count, int batchSize, int size, int views, int seed, bool shuffle, Func<int, int, float>? labelOverride = null) : IBatchSource
{
    public Action<int, int>? BeforeBatch { get; set; }

    public int SampleCount => count;

    public IEnumerable<TrainingBatch> Epoch(int epoch, CancellationToken cancellation)
    {
        var random = new Random(HashCode.Combine(seed, epoch));
        var order = Enumerable.Range(0, count).ToArray();
        if (shuffle) random.Shuffle(order);
        int batchIndex = 0;
        for (int start = 0; start + batchSize <= count || (!shuffle && start < count); start += batchSize)
        {
            BeforeBatch?.Invoke(epoch, ++batchIndex);
            var members = order.Skip(start).Take(batchSize).ToArray();
            int n = members.Length;
            var labels = members.Select(i => labelOverride?.Invoke(epoch, i) ?? Label(i)).ToArray();
            var viewData = new List<TorchSharp.torch.Tensor>();
            for (int v = 0; v < views; v++)
            {
                var data = new float[n * 3 * size * size];
                for (int b = 0; b < n; b++)
                    for (int p = 0; p < 3 * size * size; p++)
                    {
                        int x = p % size;
                        data[b * 3 * size * size + p] = Label(members[b]) * (x < size / 2 ? 1f : -1f) + (float)(random.NextDouble() - 0.5) * (shuffle ? 0.5f : 0f);
                    }
                viewData.Add(TorchSharp.torch.tensor(data, [n, 3, size, size]));
            }
            yield return new TrainingBatch(members.Select(i => $"img{i}").ToArray(), labels, viewData, n, size);
        }
    }

    static float Label(int index) => (index % 10) / 10f;
}

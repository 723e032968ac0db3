namespace SocioRunner.Explain.Tests.Tsne.Embedding;

/// <summary>Well-separated isotropic Gaussian clusters with a seeded generator, for t-SNE tests.</summary>
internal static class GaussianClusters
{
    public static (float[][] Rows, int[] Labels) Generate(int clusters, int perCluster, int dimensions, double separation, int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var rows = new float[clusters * perCluster][];
        var labels = new int[rows.Length];
        for (var c = 0; c < clusters; c++)
        {
            var center = Enumerable.Range(0, dimensions).Select(_ => separation * Normal()).ToArray();
            for (var p = 0; p < perCluster; p++)
            {
                var index = c * perCluster + p;
                rows[index] = center.Select(x => (float)(x + Normal())).ToArray();
                labels[index] = c;
            }
        }

        return (rows, labels);
    }
}

using System.Globalization;
using System.Text;

namespace SocioRunner.Benchmarks.Tsne;

/// <summary>
/// Deterministic benchmark data resembling learned embeddings: clusters that each lie near a random
/// 3-D subspace of a 128-D space (plus a little isotropic noise), so neighbourhoods are meaningful.
/// The same data can be written to CSV for comparison against scikit-learn.
/// </summary>
public static class LowDimensionalClusters
{
    public const int Dimensions = 128;
    private const int Clusters = 10;
    private const int LatentDimensions = 3;
    private const double CenterSpread = 3.0;
    private const double Noise = 0.1;

    /// <returns>Row-major pointCount x 128 values.</returns>
    public static float[] Generate(int pointCount, int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var centers = new double[Clusters, Dimensions];
        var bases = new double[Clusters, LatentDimensions, Dimensions];
        for (var c = 0; c < Clusters; c++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                centers[c, d] = CenterSpread * Normal();
                for (var l = 0; l < LatentDimensions; l++)
                {
                    bases[c, l, d] = Normal();
                }
            }
        }

        var values = new float[pointCount * Dimensions];
        Span<double> latent = stackalloc double[LatentDimensions];
        for (var i = 0; i < pointCount; i++)
        {
            var c = i % Clusters;
            for (var l = 0; l < LatentDimensions; l++)
            {
                latent[l] = Normal();
            }

            for (var d = 0; d < Dimensions; d++)
            {
                var value = centers[c, d] + Noise * Normal();
                for (var l = 0; l < LatentDimensions; l++)
                {
                    value += latent[l] * bases[c, l, d];
                }

                values[i * Dimensions + d] = (float)value;
            }
        }

        return values;
    }

    /// <summary>Writes one row per line with round-trippable float text, so Python reads bit-identical float32.</summary>
    public static void WriteCsv(float[] values, string path)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            builder.Append(values[i].ToString("R", CultureInfo.InvariantCulture));
            builder.Append((i + 1) % Dimensions == 0 ? '\n' : ',');
        }

        File.WriteAllText(path, builder.ToString());
    }
}

using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.Inputs;

namespace SocioRunner.Benchmarks.Tcav;

/// <summary>
/// The workload shape as in-memory, preprocessed images (decoding PNGs is not part of the measured work):
/// 7 concepts x 60 images, 100 evaluation inputs and a 300-image random pool, all 3 x 64 x 64, min-max normalized.
/// Concept images carry a colour/texture bias per concept so the CAVs are not degenerate.
/// </summary>
public sealed class TcavWorkload
{
    public const int Size = 64;
    public const int Concepts = 7;
    public const int ImagesPerConcept = 60;
    public const int EvaluationInputs = 100;
    public const int RandomPool = 300;

    public TcavWorkload(int seed)
    {
        var random = new Random(seed);
        ConceptImages = Enumerable.Range(0, Concepts)
            .Select(c => ($"concept_{c}", (IReadOnlyList<float[]>)Enumerable.Range(0, ImagesPerConcept).Select(_ => Image(random, c)).ToArray()))
            .ToArray();
        Evaluation = Enumerable.Range(0, EvaluationInputs).Select(_ => Image(random, -1)).ToArray();
        Labels = Enumerable.Range(0, EvaluationInputs).Select(_ => random.NextDouble() * 100).ToArray();
        Pool = Enumerable.Range(0, RandomPool).Select(_ => Image(random, -1)).ToArray();
    }

    public IReadOnlyList<(string Name, IReadOnlyList<float[]> Images)> ConceptImages { get; }
    public IReadOnlyList<float[]> Evaluation { get; }
    public IReadOnlyList<double> Labels { get; }
    public IReadOnlyList<float[]> Pool { get; }

    public IReadOnlyList<(string Name, ImageSource Images)> ConceptSources =>
        ConceptImages.Select(c => (c.Name, ImageSource.FromArrays(c.Images, Size))).ToArray();

    static float[] Image(Random random, int concept)
    {
        var image = new float[3 * Size * Size];
        int channel = concept < 0 ? random.Next(3) : concept % 3;
        double frequency = concept < 0 ? random.NextDouble() * 0.5 : 0.05 + 0.06 * concept;
        for (int c = 0; c < 3; c++)
        {
            for (int p = 0; p < Size * Size; p++)
            {
                double pattern = Math.Sin((p % Size) * frequency) * Math.Cos((p / Size) * frequency);
                image[c * Size * Size + p] = (float)((c == channel ? 0.5 : 0.2) + 0.2 * pattern + 0.2 * random.NextDouble());
            }
        }

        return ImagePreprocessing.MinMaxNormalize(image);
    }
}

using SocioRunner.Data.Batching;
using SocioRunner.Data.Images;

namespace SocioRunner.Explain.Tcav.Inputs;

/// <summary>
/// Loads image files as model inputs exactly as the model's recorded <see cref="InputPreprocessing"/> says: RGB in
/// [0, 1], resized to its size, then its normalisation (the original min-max per image unless the model records another).
/// Remembers which files had another size, so the caller can warn once per image set instead of failing.
/// </summary>
public sealed class ModelImageReader(InputPreprocessing preprocessing)
{
    readonly HashSet<string> resized = new(StringComparer.Ordinal);
    readonly Lock gate = new();

    public InputPreprocessing Preprocessing { get; } = preprocessing;

    public int Size => Preprocessing.Size;

    public float[] Load(string path)
    {
        var image = ImageLoader.Decode(path);
        var rgb = image.ToRgbUnit(path);
        if (image.Width != Size || image.Height != Size)
        {
            lock (gate)
            {
                resized.Add(path);
            }

            rgb = Resampler.Resize(rgb, 3, image.Width, image.Height, Size, Size);
        }

        return ImagePreprocessing.Apply(rgb, Preprocessing.Normalization);
    }

    /// <summary>How many of <paramref name="paths"/> were resized so far.</summary>
    public int ResizedCount(IEnumerable<string> paths)
    {
        lock (gate)
        {
            return paths.Count(resized.Contains);
        }
    }
}

using SocioRunner.Data.Images;

namespace SocioRunner.Explain.Tcav.Inputs;

/// <summary>
/// Loads image files as model inputs: RGB in [0, 1], resized to the model's input size, min-max normalized per image.
/// Remembers which files had another size, so the caller can warn once per image set instead of failing.
/// </summary>
public sealed class ModelImageReader(int size)
{
    readonly HashSet<string> resized = new(StringComparer.Ordinal);
    readonly Lock gate = new();

    public int Size { get; } = size;

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

        return ImagePreprocessing.MinMaxNormalize(rgb);
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

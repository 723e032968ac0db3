namespace SocioRunner.Explain.Tcav.Attribution;

/// <summary>
/// Inputs to run through the model, loaded lazily per batch so large evaluation sets never sit in memory at once.
/// Each image is CHW float of 3 x <see cref="Size"/> x <see cref="Size"/>, already preprocessed as in training.
/// </summary>
public sealed record ImageSource(int Count, int Size, Func<int, float[]> Load)
{
    public static ImageSource FromArrays(IReadOnlyList<float[]> images, int size) => new(images.Count, size, i => images[i]);
}

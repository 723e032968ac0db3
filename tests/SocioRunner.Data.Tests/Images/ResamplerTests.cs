using SocioRunner.Data.Images;

namespace SocioRunner.Data.Tests.Images;

public class ResamplerTests
{
    [Fact]
    public void Downscaling_a_checkerboard_averages_it_instead_of_aliasing()
    {
        int n = 64;
        var image = new float[3 * n * n];
        for (int i = 0; i < image.Length; i++) image[i] = ((i % n) + (i / n % n)) % 2;
        var small = Resampler.Resize(image, 3, n, n, 8, 8);
        Assert.All(small, v => Assert.InRange(v, 0.45f, 0.55f));
    }

    [Fact]
    public void Constant_image_stays_constant_when_upscaled() =>
        Assert.All(Resampler.Resize(Enumerable.Repeat(0.3f, 3 * 16).ToArray(), 3, 4, 4, 10, 10), v => Assert.Equal(0.3f, v, 5));
}

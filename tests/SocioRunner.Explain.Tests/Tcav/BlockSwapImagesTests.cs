using SocioRunner.Benchmarks.Tcav;

namespace SocioRunner.Explain.Tests.Tcav;

/// <summary>
/// The block-swap study (bench, docs/tcav.md) reads the model's answer off tiles with one block replaced; its effect is
/// scaled by the number of blocks, so a block in the wrong place or of the wrong size would bias every figure.
/// </summary>
public sealed class BlockSwapImagesTests
{
    const int Size = 12;
    const int BlocksPerSide = 4;

    // Every value names its band, row and column, so a misplaced copy cannot go unnoticed.
    static float[] Image(float offset)
    {
        var image = new float[3 * Size * Size];
        for (var band = 0; band < 3; band++)
        {
            for (var y = 0; y < Size; y++)
            {
                for (var x = 0; x < Size; x++)
                {
                    image[band * Size * Size + y * Size + x] = offset + band * 10_000 + y * 100 + x;
                }
            }
        }

        return image;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(15)]
    public void Exactly_the_named_block_comes_from_the_source_in_every_band(int block)
    {
        float[] tile = Image(0), source = Image(0.5f);
        var swapped = BlockSwapImages.Swapped(tile, source, block, BlocksPerSide, Size);

        int width = Size / BlocksPerSide, row = block / BlocksPerSide, column = block % BlocksPerSide, fromSource = 0;
        for (var band = 0; band < 3; band++)
        {
            for (var y = 0; y < Size; y++)
            {
                for (var x = 0; x < Size; x++)
                {
                    var index = band * Size * Size + y * Size + x;
                    var inside = y / width == row && x / width == column;
                    Assert.Equal(inside ? source[index] : tile[index], swapped[index]);
                    fromSource += inside ? 1 : 0;
                }
            }
        }

        Assert.Equal(3 * width * width, fromSource);
        Assert.Equal(Image(0), tile); // the tile itself is left as it was
    }

    [Fact]
    public void The_sixteen_swaps_together_cover_the_tile_once()
    {
        float[] tile = Image(0), source = Image(0.5f);
        var covered = new int[tile.Length];
        for (var block = 0; block < BlocksPerSide * BlocksPerSide; block++)
        {
            var swapped = BlockSwapImages.Swapped(tile, source, block, BlocksPerSide, Size);
            for (var i = 0; i < tile.Length; i++)
            {
                covered[i] += swapped[i] != tile[i] ? 1 : 0;
            }
        }

        Assert.All(covered, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_size_the_grid_does_not_divide_is_refused()
    {
        var image = new float[3 * 10 * 10];
        var error = Assert.Throws<ArgumentException>(() => BlockSwapImages.Swapped(image, image, 0, BlocksPerSide, 10));
        Assert.Contains("10 px", error.Message);
    }
}

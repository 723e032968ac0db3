using SocioRunner.Explain.Tsne.Embedding.Internal;

namespace SocioRunner.Explain.Tests.Tsne.Embedding;

/// <summary>The managed FFT against a naive O(L²) DFT, column by column, for every radix and both prunings.</summary>
public sealed class StockhamFftTests
{
    private static readonly int Columns = 3 * StockhamFft.Alignment;

    /// <summary>Random columns in an L x stride layout; the padding beyond the transformed columns is marked with NaN.</summary>
    private static (double[] Re, double[] Im) RandomColumns(int length, int seed)
    {
        var random = new Random(seed);
        var re = new double[length * Columns];
        var im = new double[length * Columns];
        for (var i = 0; i < re.Length; i++)
        {
            re[i] = random.NextDouble() - 0.5;
            im[i] = random.NextDouble() - 0.5;
        }

        return (re, im);
    }

    private static (double Re, double Im) NaiveDft(double[] re, double[] im, int length, int column, int frequency, bool inverse, int inputCount)
    {
        double sumRe = 0, sumIm = 0;
        var sign = inverse ? 1 : -1;
        for (var k = 0; k < inputCount; k++)
        {
            var angle = sign * 2 * Math.PI * ((long)k * frequency % length) / length;
            var (c, s) = (Math.Cos(angle), Math.Sin(angle));
            var xr = re[k * Columns + column];
            var xi = im[k * Columns + column];
            sumRe += xr * c - xi * s;
            sumIm += xr * s + xi * c;
        }

        return (sumRe, sumIm);
    }

    /// <summary>Transforms the middle third of the columns; checks them against the DFT and the other columns untouched.</summary>
    private static void AssertMatchesDft(int length, bool inverse, bool inputSecondHalfZero, bool outputFirstHalfOnly)
    {
        var (re, im) = RandomColumns(length, seed: length);
        if (inputSecondHalfZero)
        {
            // The transform must not read the second half: fill it with NaN so any read shows.
            Array.Fill(re, double.NaN, length / 2 * Columns, length / 2 * Columns);
            Array.Fill(im, double.NaN, length / 2 * Columns, length / 2 * Columns);
        }

        var originalRe = (double[])re.Clone();
        var originalIm = (double[])im.Clone();
        var scratchRe = new double[re.Length];
        var scratchIm = new double[re.Length];
        var fft = new StockhamFft(length, inverse, inputSecondHalfZero, outputFirstHalfOnly);
        var first = StockhamFft.Alignment;

        fft.Transform(re, im, scratchRe, scratchIm, Columns, first, StockhamFft.Alignment);

        var (resultRe, resultIm) = fft.ResultInScratch ? (scratchRe, scratchIm) : (re, im);
        var inputCount = inputSecondHalfZero ? length / 2 : length;
        var outputCount = outputFirstHalfOnly ? length / 2 : length;
        var worst = 0.0;
        for (var column = first; column < first + StockhamFft.Alignment; column++)
        {
            for (var frequency = 0; frequency < outputCount; frequency++)
            {
                var (expectedRe, expectedIm) = NaiveDft(originalRe, originalIm, length, column, frequency, inverse, inputCount);
                worst = Math.Max(worst, Math.Abs(resultRe[frequency * Columns + column] - expectedRe));
                worst = Math.Max(worst, Math.Abs(resultIm[frequency * Columns + column] - expectedIm));
            }
        }

        Assert.True(worst < 1e-12 * length, $"length {length}: largest deviation from the DFT {worst:E2}");
        for (var row = 0; row < length; row++)
        {
            foreach (var column in new[] { 0, first - 1, first + StockhamFft.Alignment, Columns - 1 })
            {
                var at = row * Columns + column;
                Assert.Equal(originalRe[at], re[at]);
                Assert.Equal(originalIm[at], im[at]);
                Assert.Equal(0, scratchRe[at]);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(14)]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(150)]
    [InlineData(480)]
    public void Forward_and_inverse_match_the_naive_dft(int length)
    {
        AssertMatchesDft(length, inverse: false, inputSecondHalfZero: false, outputFirstHalfOnly: false);
        AssertMatchesDft(length, inverse: true, inputSecondHalfZero: false, outputFirstHalfOnly: false);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(18)]
    [InlineData(42)]
    [InlineData(300)]
    public void Pruned_transforms_match_the_dft_of_the_zero_padded_input_and_the_first_half_of_the_output(int length)
    {
        AssertMatchesDft(length, inverse: false, inputSecondHalfZero: true, outputFirstHalfOnly: false);
        AssertMatchesDft(length, inverse: true, inputSecondHalfZero: false, outputFirstHalfOnly: true);
    }

    [Fact]
    public void Inverse_of_forward_returns_length_times_the_input_over_all_columns()
    {
        const int length = 90;
        var (re, im) = RandomColumns(length, seed: 5);
        var originalRe = (double[])re.Clone();
        var scratchRe = new double[re.Length];
        var scratchIm = new double[re.Length];
        var forward = new StockhamFft(length, inverse: false);
        var inverse = new StockhamFft(length, inverse: true);

        forward.Transform(re, im, scratchRe, scratchIm, Columns, 0, Columns);
        var (spectrumRe, spectrumIm, otherRe, otherIm) = forward.ResultInScratch ? (scratchRe, scratchIm, re, im) : (re, im, scratchRe, scratchIm);
        inverse.Transform(spectrumRe, spectrumIm, otherRe, otherIm, Columns, 0, Columns);
        var result = inverse.ResultInScratch ? otherRe : spectrumRe;

        for (var i = 0; i < re.Length; i++)
        {
            Assert.Equal(originalRe[i] * length, result[i], 1e-10);
        }
    }
}

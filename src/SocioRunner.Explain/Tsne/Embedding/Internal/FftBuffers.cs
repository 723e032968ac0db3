namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>The source and destination of one Stockham stage, split into real and imaginary parts.</summary>
internal readonly record struct FftBuffers(double[] SourceRe, double[] SourceIm, double[] TargetRe, double[] TargetIm)
{
    public FftBuffers Swapped() => new(TargetRe, TargetIm, SourceRe, SourceIm);
}

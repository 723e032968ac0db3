namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>KL(P || Q) of a 2-D map and its gradient, exact or approximated.</summary>
internal interface ITsneObjective
{
    /// <summary>Factor applied to P (early exaggeration); 1 afterwards.</summary>
    double Exaggeration { get; set; }

    /// <summary>Writes dKL/dy into <paramref name="gradient"/>; returns KL when <paramref name="computeError"/>, else NaN.</summary>
    double Evaluate(double[] positions, double[] gradient, bool computeError);
}

using System.ComponentModel.DataAnnotations;

namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// Settings of the linear SVM trained by SGD; defaults are scikit-learn's SGDClassifier(loss="hinge", alpha=0.1)
/// as the original project used it (max_iter 1000, tol 1e-3, n_iter_no_change 5, shuffled every epoch).
/// </summary>
public sealed record SgdSvmSettings
{
    /// <summary>SVM (the paper's) or the class-mean difference; the SGD settings below apply to the SVM only.</summary>
    public CavMethod Method { get; init; } = CavMethod.Svm;

    /// <summary>L2 regularisation strength; also sets the 'optimal' learning-rate schedule.</summary>
    [Range(1e-12, 1e6)]
    public double Alpha { get; init; } = 0.1;

    [Range(1, 100_000)]
    public int MaxEpochs { get; init; } = 1000;

    /// <summary>Stop when the epoch's summed hinge loss has not dropped by tol · n for <see cref="EpochsWithoutProgress"/> epochs.</summary>
    [Range(0, 1e6)]
    public double Tolerance { get; init; } = 1e-3;

    [Range(1, 1000)]
    public int EpochsWithoutProgress { get; init; } = 5;

    /// <summary>Share of each class held out to measure accuracy and F1 (stratified).</summary>
    [Range(0.05, 0.95)]
    public double TestFraction { get; init; } = 0.2;
}

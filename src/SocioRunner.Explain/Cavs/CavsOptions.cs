using System.ComponentModel.DataAnnotations;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Cavs;

/// <summary>
/// Options of <c>explain/cavs</c>, and the CAV part of <c>explain/tcav</c>'s options: which layers, which negatives,
/// how many random repeats, and the linear SVM. Defaults: the paper (one-vs-all, SGD SVM alpha 0.1) and Kim et al. (10 repeats).
/// </summary>
public record CavsOptions
{
    /// <summary>Encoder stages to test; <c>avgpool</c> is the pooled embedding (the paper's layer).</summary>
    public IReadOnlyList<string> Layers { get; init; } = ["avgpool"];

    public NegativeSetting Setting { get; init; } = NegativeSetting.OneVsAll;

    /// <summary>One-vs-all: at most this many negatives sampled from the other concepts.</summary>
    [Range(1, 100_000)]
    public int MaxNegatives { get; init; } = 500;

    /// <summary>Random repeats for the significance test (0 skips it).</summary>
    [Range(0, 1000)]
    public int Repeats { get; init; } = 10;

    /// <summary>Images per random set.</summary>
    [Range(2, 100_000)]
    public int RandomSetSize { get; init; } = 50;

    /// <summary>Random sets are drawn from this many images of <see cref="RandomSplit"/> (forward passes done once).</summary>
    [Range(4, 1_000_000)]
    public int RandomPoolSize { get; init; } = 300;

    /// <summary>Split of the data input whose tiles form the random pool (not the evaluation split).</summary>
    public string RandomSplit { get; init; } = "train";

    [Range(1, 4096)]
    public int BatchSize { get; init; } = 64;

    /// <summary><c>svm</c> (the paper's SGD linear SVM) or <c>mean-difference</c> (class-mean difference, see CavMethod).</summary>
    public CavMethod CavMethod { get; init; } = CavMethod.Svm;

    [Range(1e-9, 1e6)]
    public double ClassifierAlpha { get; init; } = 0.1;

    [Range(1, 100_000)]
    public int ClassifierMaxEpochs { get; init; } = 1000;

    [Range(0, 1e6)]
    public double ClassifierTolerance { get; init; } = 1e-3;

    [Range(0.05, 0.95)]
    public double ClassifierTestFraction { get; init; } = 0.2;

    /// <summary>Concepts with fewer images are an error (a CAV from a handful of images is noise).</summary>
    [Range(2, 100_000)]
    public int MinConceptImages { get; init; } = 10;

    internal SgdSvmSettings Classifier => new()
    {
        Method = CavMethod, Alpha = ClassifierAlpha, MaxEpochs = ClassifierMaxEpochs, Tolerance = ClassifierTolerance, TestFraction = ClassifierTestFraction,
    };

}

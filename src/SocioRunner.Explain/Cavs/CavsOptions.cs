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

    /// <summary>
    /// CAVs per concept, each against freshly resampled negatives, and as many random-vs-random CAVs for the null
    /// (Kim et al.); 0 trains one CAV per concept and skips the test.
    /// </summary>
    [Range(0, 1000)]
    public int Repeats { get; init; } = 10;

    /// <summary>
    /// Random setting: where random images come from. <c>concepts</c> (default): the concepts input's random images
    /// (for concepts/flair, FLAIR patches not chosen as any concept's example), so concept and random images share a
    /// source and a CAV cannot separate them by source alone; <c>data</c>: tiles of <see cref="RandomSplit"/>.
    /// </summary>
    public RandomSource RandomSource { get; init; } = RandomSource.Concepts;

    /// <summary>Random setting: images per random set.</summary>
    [Range(2, 100_000)]
    public int RandomSetSize { get; init; } = 50;

    /// <summary>Random sets are drawn from at most this many random images (forward passes done once).</summary>
    [Range(4, 1_000_000)]
    public int RandomPoolSize { get; init; } = 300;

    /// <summary>With <c>random_source: data</c>: the split whose tiles form the random pool (not the evaluation split).</summary>
    public string RandomSplit { get; init; } = "train";

    [Range(1, 4096)]
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// How the direction is found (see <see cref="CavMethod"/>): <c>mean-difference</c> (default, chosen by the CAV-method
    /// study in docs/tcav.md), <c>svm</c> (SVM normal mapped to raw space), <c>svm-standardized</c> (the original's),
    /// <c>svm-raw</c> (Captum's classifier).
    /// </summary>
    public CavMethod CavMethod { get; init; } = CavMethod.MeanDifference;

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

    /// <summary>The random pool is needed only for the random setting (one-vs-all draws its null from the concepts).</summary>
    internal bool NeedsRandomPool => Setting == NegativeSetting.Random;

    internal SgdSvmSettings Classifier => new()
    {
        Method = CavMethod, Alpha = ClassifierAlpha, MaxEpochs = ClassifierMaxEpochs, Tolerance = ClassifierTolerance, TestFraction = ClassifierTestFraction,
    };

}

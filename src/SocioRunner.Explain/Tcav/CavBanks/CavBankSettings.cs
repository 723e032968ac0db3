using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <param name="MaxNegatives">One-vs-all: at most this many negatives, ceil(max / (k - 1)) from each other concept (the original: 500).</param>
/// <param name="Repeats">CAVs per concept and random-vs-random CAVs for the test (0: one CAV per concept, no test).</param>
/// <param name="RandomSetSize">Random setting: images per random set, drawn without replacement from the random pool.</param>
/// <param name="RandomSource">Random setting: where the random pool came from, in words (recorded with the results).</param>
public sealed record CavBankSettings(
    NegativeSetting Setting, int MaxNegatives, int Repeats, int RandomSetSize, SgdSvmSettings Classifier, int Seed, string RandomSource = "random pool");

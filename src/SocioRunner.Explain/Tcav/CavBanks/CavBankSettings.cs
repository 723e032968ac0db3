using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <param name="MaxNegatives">One-vs-all: at most this many negatives, sampled from the other concepts (the original: 500).</param>
/// <param name="Repeats">Random repeats R for the significance test (0 skips it).</param>
/// <param name="RandomSetSize">Images per random set, drawn without replacement from the random pool.</param>
public sealed record CavBankSettings(NegativeSetting Setting, int MaxNegatives, int Repeats, int RandomSetSize, SgdSvmSettings Classifier, int Seed);

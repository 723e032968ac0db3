using SocioRunner.Explain.Tcav.Attribution;
using SocioRunner.Explain.Tcav.CavBanks;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav;

/// <summary>
/// Configurations the CAV-method study (docs/tcav.md, <c>bench/tcav-study.sh</c>) measured failing the synthetic city's
/// ground truth: significant results with the wrong sign. A run with one of them says so in its log, its summary,
/// <c>tcav.json</c> and the report's notes, with the measured figures.
/// </summary>
public static class TcavKnownFailures
{
    /// <summary>
    /// Every cell of the study with at least one significant result against the truth: (cav_method, attribution,
    /// setting) and what was measured. Layers, repeats and the rest as in experiments/tcav_study.yaml.
    /// </summary>
    static readonly (CavMethod Method, string Attribution, NegativeSetting Setting, string Measured)[] Known =
    [
        // Measured by bench/tcav-study.sh on 2 Dec 2026 (node version 7: with the gradient, the effect test leaves no cell
        // with a wrong sign; every cell listed uses integrated gradients, where the sign-count test decides alone).
        (CavMethod.MeanDifference, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 0 significant result(s) with the wrong sign overall and 6 in outcome intervals, 29/35 non-null effects recovered"),
        (CavMethod.MeanDifference, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 0 significant result(s) with the wrong sign overall and 1 in outcome intervals, 30/35 non-null effects recovered"),
        (CavMethod.MeanDifference, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 16 significant result(s) with the wrong sign overall and 79 in outcome intervals, 11/35 non-null effects recovered"),
        (CavMethod.MeanDifference, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 14 significant result(s) with the wrong sign overall and 74 in outcome intervals, 10/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 6 significant result(s) with the wrong sign overall and 24 in outcome intervals, 23/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 3 significant result(s) with the wrong sign overall and 19 in outcome intervals, 19/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 14 significant result(s) with the wrong sign overall and 72 in outcome intervals, 8/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 12 significant result(s) with the wrong sign overall and 56 in outcome intervals, 6/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 6 significant result(s) with the wrong sign overall and 31 in outcome intervals, 21/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 4 significant result(s) with the wrong sign overall and 21 in outcome intervals, 24/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 10 significant result(s) with the wrong sign overall and 61 in outcome intervals, 13/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 13 significant result(s) with the wrong sign overall and 65 in outcome intervals, 9/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 2 significant result(s) with the wrong sign overall and 11 in outcome intervals, 26/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 1 significant result(s) with the wrong sign overall and 15 in outcome intervals, 23/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 16 significant result(s) with the wrong sign overall and 72 in outcome intervals, 6/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 15 significant result(s) with the wrong sign overall and 61 in outcome intervals, 8/35 non-null effects recovered"),
    ];

    /// <summary>The warning for these options, if the study measured their configuration failing; none with trained CAVs (their method is not known here).</summary>
    public static IEnumerable<string> Warnings(TcavOptions options, bool trainedCavs)
    {
        if (trainedCavs)
        {
            yield break;
        }

        string attribution = AttributionName(options);
        foreach (var known in Known.Where(k => k.Method == options.CavMethod && k.Attribution == attribution && k.Setting == options.Setting))
        {
            string what = options.Preset == TcavPreset.Paper ? "preset: paper (the original's settings)" : "this configuration";
            yield return $"{what} — cav_method {Name(options.CavMethod)}, {attribution}, "
                + $"{(options.Setting == NegativeSetting.OneVsAll ? "one-vs-all" : "random")} — is known to fail the synthetic city's "
                + $"ground truth: {known.Measured} (docs/tcav.md, the CAV-method study)";
        }
    }

    public static string Name(CavMethod method) => method switch
    {
        CavMethod.MeanDifference => "mean-difference",
        CavMethod.SvmStandardized => "svm-standardized",
        CavMethod.SvmRaw => "svm-raw",
        _ => "svm",
    };

    public static string AttributionName(TcavOptions options) => options.Attribution == AttributionMethod.Gradient
        ? "gradient"
        : options.Baseline == IntegratedGradientsBaseline.ZeroInput ? "integrated gradients from a zero image" : "integrated gradients from a zero activation";
}

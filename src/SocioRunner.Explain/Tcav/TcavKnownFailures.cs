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
        // Measured by bench/tcav-study.sh on 2 Dec 2026 (node version 6).
        (CavMethod.MeanDifference, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 0 significant result(s) with the wrong sign overall and 6 in outcome intervals, 29/35 non-null effects recovered"),
        (CavMethod.MeanDifference, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 0 significant result(s) with the wrong sign overall and 1 in outcome intervals, 30/35 non-null effects recovered"),
        (CavMethod.MeanDifference, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 18 significant result(s) with the wrong sign overall and 87 in outcome intervals, 6/35 non-null effects recovered"),
        (CavMethod.MeanDifference, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 18 significant result(s) with the wrong sign overall and 80 in outcome intervals, 9/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 1 significant result(s) with the wrong sign overall and 16 in outcome intervals, 26/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 1 significant result(s) with the wrong sign overall and 10 in outcome intervals, 19/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 15 significant result(s) with the wrong sign overall and 81 in outcome intervals, 7/35 non-null effects recovered"),
        (CavMethod.Svm, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 11 significant result(s) with the wrong sign overall and 61 in outcome intervals, 7/35 non-null effects recovered"),
        (CavMethod.Svm, "gradient", NegativeSetting.OneVsAll, "over 5 city seeds 2 significant result(s) with the wrong sign overall and 8 in outcome intervals, 28/35 non-null effects recovered (measured with node version 6, before the effect test)"),
        (CavMethod.Svm, "gradient", NegativeSetting.Random, "over 5 city seeds 1 significant result(s) with the wrong sign overall and 3 in outcome intervals, 19/35 non-null effects recovered (measured with node version 6, before the effect test)"),
        (CavMethod.SvmRaw, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 7 significant result(s) with the wrong sign overall and 35 in outcome intervals, 20/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 3 significant result(s) with the wrong sign overall and 19 in outcome intervals, 24/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 12 significant result(s) with the wrong sign overall and 67 in outcome intervals, 10/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 14 significant result(s) with the wrong sign overall and 69 in outcome intervals, 8/35 non-null effects recovered"),
        (CavMethod.SvmRaw, "gradient", NegativeSetting.OneVsAll, "over 5 city seeds 9 significant result(s) with the wrong sign overall and 34 in outcome intervals, 22/35 non-null effects recovered (measured with node version 6, before the effect test)"),
        (CavMethod.SvmRaw, "gradient", NegativeSetting.Random, "over 5 city seeds 5 significant result(s) with the wrong sign overall and 15 in outcome intervals, 26/35 non-null effects recovered (measured with node version 6, before the effect test)"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero activation", NegativeSetting.OneVsAll, "over 5 city seeds 1 significant result(s) with the wrong sign overall and 12 in outcome intervals, 30/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero activation", NegativeSetting.Random, "over 5 city seeds 0 significant result(s) with the wrong sign overall and 10 in outcome intervals, 23/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero image", NegativeSetting.OneVsAll, "over 5 city seeds 15 significant result(s) with the wrong sign overall and 81 in outcome intervals, 5/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "integrated gradients from a zero image", NegativeSetting.Random, "over 5 city seeds 14 significant result(s) with the wrong sign overall and 64 in outcome intervals, 5/35 non-null effects recovered"),
        (CavMethod.SvmStandardized, "gradient", NegativeSetting.OneVsAll, "over 5 city seeds 1 significant result(s) with the wrong sign overall and 5 in outcome intervals, 34/35 non-null effects recovered (measured with node version 6, before the effect test)"),
        (CavMethod.SvmStandardized, "gradient", NegativeSetting.Random, "over 5 city seeds 1 significant result(s) with the wrong sign overall and 3 in outcome intervals, 29/35 non-null effects recovered (measured with node version 6, before the effect test)"),
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

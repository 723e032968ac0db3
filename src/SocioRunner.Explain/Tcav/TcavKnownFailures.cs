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
    /// <summary>(cav_method, attribution, setting) -> what the study measured; setting null = both settings.</summary>
    static readonly (CavMethod Method, string Attribution, NegativeSetting? Setting, string Measured)[] Known =
    [
    ];

    public static IEnumerable<string> Warnings(TcavOptions options, bool trainedCavs)
    {
        string attribution = AttributionName(options);
        foreach (var known in Known)
        {
            if ((trainedCavs || known.Method == options.CavMethod) && known.Attribution == attribution
                && (known.Setting is null || known.Setting == options.Setting) && !trainedCavs)
            {
                string what = options.Preset == TcavPreset.Paper ? "preset: paper (the original's settings)" : "this configuration";
                yield return $"{what} — cav_method {Name(options.CavMethod)}, {attribution}, "
                    + $"{(options.Setting == NegativeSetting.OneVsAll ? "one-vs-all" : "random")} — is known to fail the synthetic city's "
                    + $"ground truth: {known.Measured} (docs/tcav.md, CAV-method study)";
            }
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

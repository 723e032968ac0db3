namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>How a CAV's direction is found. Accuracy and F1 always come from the SVM on standardized activations (they say
/// whether the concept is linearly decodable at the layer), whichever direction is used.</summary>
public enum CavMethod
{
    /// <summary>The normal of a linear SVM trained by SGD on standardized activations, mapped back to raw space (w / sigma).</summary>
    Svm,

    /// <summary>
    /// The difference of the class means in raw activation space (a "pattern" CAV, Pfau et al. 2021). When the classes
    /// are separable in many dimensions the SVM normal is one of many separating directions and can flip between
    /// seeds; the mean difference is unique.
    /// </summary>
    MeanDifference,

    /// <summary>
    /// The original project's: the SVM normal in the standardized space, used as it is against raw-space attributions
    /// (not mapped back; <c>preset: paper</c>).
    /// </summary>
    SvmStandardized,

    /// <summary>Captum's default classifier: the SVM trained on the raw activations, no standardization.</summary>
    SvmRaw,
}

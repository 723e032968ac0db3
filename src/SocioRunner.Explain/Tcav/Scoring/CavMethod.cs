namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>How a CAV's direction is found.</summary>
public enum CavMethod
{
    /// <summary>The paper's: the normal of a linear SVM trained by SGD on standardized activations, mapped back to raw space.</summary>
    Svm,

    /// <summary>
    /// The difference of the class means in raw activation space (a "pattern" CAV, Pfau et al. 2021). When the classes
    /// are separable in many dimensions the SVM normal is one of many separating directions and can flip between
    /// seeds; the mean difference is unique. Accuracy and F1 still come from the SVM: they say whether the concept is
    /// linearly decodable at the layer.
    /// </summary>
    MeanDifference,
}

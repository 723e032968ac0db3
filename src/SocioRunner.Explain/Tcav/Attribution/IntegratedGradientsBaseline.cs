namespace SocioRunner.Explain.Tcav.Attribution;

/// <summary>The starting point of the integrated-gradients path at the layer.</summary>
public enum IntegratedGradientsBaseline
{
    /// <summary>
    /// Captum's LayerIntegratedGradients default as the original used it: the input baseline is an all-zero image,
    /// so the layer baseline is the layer's activation of that image.
    /// </summary>
    ZeroInput,

    /// <summary>The layer activation itself is zero.</summary>
    ZeroActivation,
}

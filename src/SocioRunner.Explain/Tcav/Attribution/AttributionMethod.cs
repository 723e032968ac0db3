namespace SocioRunner.Explain.Tcav.Attribution;

/// <summary>How the layer attribution dotted with a CAV is computed.</summary>
public enum AttributionMethod
{
    /// <summary>Kim et al.'s directional derivative: d output / d activation at the input's activation.</summary>
    Gradient,

    /// <summary>The paper's: layer integrated gradients from a baseline, multiplied by (activation - baseline).</summary>
    IntegratedGradients,
}

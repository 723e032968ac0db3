namespace SocioRunner.Explain.Tcav.Attribution;

/// <summary>One layer's flattened activations, attributions and model outputs for a set of inputs (row i = input i).</summary>
public sealed record LayerPass(string Layer, float[][] Activations, float[][] Attributions, double[] Predictions);

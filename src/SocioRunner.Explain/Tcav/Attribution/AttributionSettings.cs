namespace SocioRunner.Explain.Tcav.Attribution;

/// <param name="Steps">Integrated-gradients steps (the paper: 5).</param>
/// <param name="BatchSize">Inputs per forward/backward pass.</param>
public sealed record AttributionSettings(
    AttributionMethod Method, int Steps, IntegrationRule Rule, IntegratedGradientsBaseline Baseline, int BatchSize);

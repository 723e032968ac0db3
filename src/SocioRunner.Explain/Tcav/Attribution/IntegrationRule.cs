namespace SocioRunner.Explain.Tcav.Attribution;

/// <summary>Quadrature of the integrated-gradients path integral; names as Captum's <c>method</c> argument.</summary>
public enum IntegrationRule
{
    /// <summary>Captum's default ("gausslegendre"): Gauss–Legendre nodes and weights mapped to [0, 1].</summary>
    GaussLegendre,

    /// <summary>Captum's "riemann_trapezoid": equally spaced alphas 0..1 with trapezoid weights.</summary>
    RiemannTrapezoid,
}

namespace SocioRunner.Explain.Tcav.Attribution;

/// <summary>
/// Alphas in [0, 1] and their weights for approximating the integrated-gradients integral, exactly as Captum builds them
/// (checked against real Captum by the parity test). Gauss–Legendre weights sum to 1; Captum's trapezoid weights sum to
/// (n - 1) / n (see <see cref="Trapezoid"/>).
/// </summary>
public sealed record IntegrationPoints(double[] Alphas, double[] Weights)
{
    public static IntegrationPoints Create(IntegrationRule rule, int steps)
    {
        if (steps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "Integrated gradients need at least one step.");
        }

        return rule switch
        {
            IntegrationRule.GaussLegendre => GaussLegendre(steps),
            IntegrationRule.RiemannTrapezoid => Trapezoid(steps),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }

    /// <summary>
    /// Captum's riemann_trapezoid: alphas linspace(0, 1, n) and step sizes 1/n with halves at both ends. The step sizes
    /// sum to (n - 1)/n, not 1 (a textbook trapezoid would use 1/(n - 1)), so Captum's trapezoid attributions, and ours,
    /// are (n - 1)/n of the path integral for a linear upper part; we keep Captum's weights for parity with the original.
    /// </summary>
    static IntegrationPoints Trapezoid(int steps)
    {
        if (steps == 1)
        {
            return new IntegrationPoints([1.0], [1.0]);
        }

        var alphas = Enumerable.Range(0, steps).Select(i => (double)i / (steps - 1)).ToArray();
        var weights = Enumerable.Range(0, steps).Select(i => (i == 0 || i == steps - 1 ? 0.5 : 1.0) / steps).ToArray();
        return new IntegrationPoints(alphas, weights);
    }

    /// <summary>
    /// numpy.polynomial.legendre.leggauss(n) nodes x and weights w on [-1, 1], mapped as Captum does:
    /// alpha = (x + 1) / 2, weight = w / 2. Nodes are found by Newton's method on the Legendre polynomial.
    /// </summary>
    static IntegrationPoints GaussLegendre(int steps)
    {
        var alphas = new double[steps];
        var weights = new double[steps];
        for (int i = 0; i < steps; i++)
        {
            double x = Math.Cos(Math.PI * (i + 0.75) / (steps + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++)
            {
                (double value, derivative) = Legendre(steps, x);
                double step = value / derivative;
                x -= step;
                if (Math.Abs(step) < 1e-15)
                {
                    break;
                }
            }

            (_, derivative) = Legendre(steps, x);
            // Ascending order, as numpy returns them.
            alphas[steps - 1 - i] = (x + 1) / 2;
            weights[steps - 1 - i] = 1 / ((1 - x * x) * derivative * derivative);
        }

        return new IntegrationPoints(alphas, weights);
    }

    static (double Value, double Derivative) Legendre(int n, double x)
    {
        double previous = 1, current = x;
        for (int k = 2; k <= n; k++)
        {
            double next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
            previous = current;
            current = next;
        }

        double derivative = n * (x * current - previous) / (x * x - 1);
        return (current, derivative);
    }
}

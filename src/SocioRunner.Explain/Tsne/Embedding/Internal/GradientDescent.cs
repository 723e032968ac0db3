namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// scikit-learn's _gradient_descent: momentum with per-coordinate gains (+0.2 when the gradient flips sign
/// against the last update, x0.8 otherwise, floored at the minimum gain), convergence checked every 50 iterations.
/// </summary>
internal sealed class GradientDescent(ITsneObjective objective, double learningRate, double minGradientNorm)
{
    private const int CheckInterval = 50;
    private const double MinGain = 0.01;

    /// <summary>Runs iterations first..last-1 in place on <paramref name="positions"/>.</summary>
    /// <returns>The last KL computed and the index of the last iteration run.</returns>
    public (double Error, int LastIteration) Run(
        double[] positions, int first, int last, double momentum, int iterationsWithoutProgress, CancellationToken cancellation)
    {
        var update = new double[positions.Length];
        var gains = new double[positions.Length];
        var gradient = new double[positions.Length];
        Array.Fill(gains, 1.0);
        var error = double.MaxValue;
        var bestError = double.MaxValue;
        var bestIteration = first;
        var iteration = first;
        for (; iteration < last; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            var check = (iteration + 1) % CheckInterval == 0;
            var evaluated = objective.Evaluate(positions, gradient, check || iteration == last - 1);
            error = double.IsNaN(evaluated) ? error : evaluated;
            var gradientNormSquared = 0.0;
            for (var c = 0; c < positions.Length; c++)
            {
                gains[c] = update[c] * gradient[c] < 0 ? gains[c] + 0.2 : gains[c] * 0.8;
                gains[c] = Math.Max(gains[c], MinGain);
                var step = gradient[c] * gains[c];
                gradientNormSquared += step * step;
                update[c] = momentum * update[c] - learningRate * step;
                positions[c] += update[c];
            }

            if (!check)
            {
                continue;
            }

            if (error < bestError)
            {
                bestError = error;
                bestIteration = iteration;
            }
            else if (iteration - bestIteration > iterationsWithoutProgress)
            {
                break;
            }

            if (Math.Sqrt(gradientNormSquared) <= minGradientNorm)
            {
                break;
            }
        }

        return (error, Math.Min(iteration, last - 1));
    }
}

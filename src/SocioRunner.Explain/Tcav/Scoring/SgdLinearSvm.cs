namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// Linear SVM trained by plain SGD on the hinge loss with an L2 penalty, following scikit-learn's
/// <c>_plain_sgd</c> for SGDClassifier(loss="hinge", learning_rate="optimal"):
/// eta_t = 1 / (alpha (t0 + t - 1)) with t0 = 1 / (eta0 alpha) and eta0 = sqrt(1 / sqrt(alpha)) (Bottou's heuristic);
/// each step shrinks w by (1 - eta alpha), then adds eta y x when y (w·x + b) &lt;= 1, and moves the intercept by eta y.
/// Samples are shuffled every epoch with a seeded <see cref="Random"/> (so results are deterministic, though not
/// bit-identical to scikit-learn, whose shuffling uses its own generator).
/// </summary>
public static class SgdLinearSvm
{
    /// <param name="rows">Feature rows (already standardized).</param>
    /// <param name="positive">Class of each row: true for the positive class (label +1).</param>
    public static LinearClassifier Train(IReadOnlyList<float[]> rows, IReadOnlyList<bool> positive, SgdSvmSettings settings, int seed)
    {
        if (rows.Count == 0 || rows.Count != positive.Count)
        {
            throw new ArgumentException($"Need one label per row and at least one row; got {rows.Count} rows and {positive.Count} labels.");
        }

        int n = rows.Count;
        int dimension = rows[0].Length;
        double alpha = settings.Alpha;
        var weights = new double[dimension];
        double weightScale = 1; // w = weightScale * weights, so the L2 shrink is O(1) as in scikit-learn's WeightVector.
        double intercept = 0;
        double typicalWeight = Math.Sqrt(1 / Math.Sqrt(alpha));
        double eta0 = typicalWeight; // typw / max(1, |dloss(-typw, 1)|) and the hinge's |dloss| is 1
        double optimalInit = 1 / (eta0 * alpha);
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        double bestLoss = double.PositiveInfinity;
        int withoutProgress = 0;
        long t = 1;
        int epoch = 0;
        while (epoch < settings.MaxEpochs)
        {
            epoch++;
            random.Shuffle(order);
            double sumLoss = 0;
            foreach (int index in order)
            {
                var x = rows[index];
                double y = positive[index] ? 1 : -1;
                double eta = 1 / (alpha * (optimalInit + t - 1));
                double dot = 0;
                for (int j = 0; j < dimension; j++)
                {
                    dot += weights[j] * x[j];
                }

                double p = dot * weightScale + intercept;
                double z = p * y;
                if (z < 1)
                {
                    sumLoss += 1 - z;
                }

                double update = z <= 1 ? eta * y : 0;
                weightScale *= Math.Max(0, 1 - eta * alpha);
                if (weightScale < 1e-9)
                {
                    Rescale(weights, ref weightScale);
                }

                if (update != 0)
                {
                    double step = update / weightScale;
                    for (int j = 0; j < dimension; j++)
                    {
                        weights[j] += step * x[j];
                    }

                    intercept += update;
                }

                t++;
            }

            if (settings.Tolerance > 0 && sumLoss > bestLoss - settings.Tolerance * n)
            {
                withoutProgress++;
            }
            else
            {
                withoutProgress = 0;
            }

            bestLoss = Math.Min(bestLoss, sumLoss);
            if (withoutProgress >= settings.EpochsWithoutProgress)
            {
                break;
            }
        }

        var final = new float[dimension];
        for (int j = 0; j < dimension; j++)
        {
            final[j] = (float)(weights[j] * weightScale);
        }

        return new LinearClassifier(final, intercept, epoch);
    }

    static void Rescale(double[] weights, ref double weightScale)
    {
        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] *= weightScale;
        }

        weightScale = 1;
    }
}

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>Starting coordinates, scaled as scikit-learn does so early exaggeration starts from a tiny map.</summary>
internal static class InitialLayout
{
    private const double TargetSpread = 1e-4;

    public static double[] Create(FeatureMatrix data, TsneInitialization initialization, int seed)
    {
        if (initialization == TsneInitialization.Random)
        {
            var sampler = new GaussianSampler(seed);
            var layout = new double[data.Rows * 2];
            for (var i = 0; i < layout.Length; i++)
            {
                layout[i] = TargetSpread * sampler.Next();
            }

            return layout;
        }

        var scores = PrincipalComponents.TopTwoScores(data, seed);
        var first = new double[data.Rows];
        for (var i = 0; i < data.Rows; i++)
        {
            first[i] = scores[2 * i];
        }

        var spread = Statistics.DescriptiveStatistics.StandardDeviation(first, deltaDegreesOfFreedom: 0);
        // Degenerate data (all rows equal along every direction) has no spread to normalise; fall back to random.
        if (!(spread > 0))
        {
            return Create(data, TsneInitialization.Random, seed);
        }

        var scale = TargetSpread / spread;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] *= scale;
        }

        return scores;
    }
}

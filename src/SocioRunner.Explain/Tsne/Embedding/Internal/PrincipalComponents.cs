namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Scores on the two leading principal components by randomized subspace iteration (Halko et al.), the
/// solver scikit-learn's t-SNE uses for its PCA init: a 12-column sketch, 7 power iterations. It costs
/// O(N·D) per pass, so it stays cheap for 2048-dimensional ResNet features where a D x D covariance would not.
/// </summary>
internal static class PrincipalComponents
{
    private const int Components = 2;
    private const int Oversampling = 10;
    private const int PowerIterations = 7;

    /// <returns>Row-major N x 2 scores with scikit-learn's sign convention (largest |score| of each component positive).</returns>
    public static double[] TopTwoScores(FeatureMatrix data, int seed)
    {
        var n = data.Rows;
        var d = data.Columns;
        var mean = ColumnMeans(data);
        var sketch = Math.Min(Components + Oversampling, Math.Min(n, d));
        var sampler = new GaussianSampler(seed);
        var right = new double[d * sketch];
        for (var i = 0; i < right.Length; i++)
        {
            right[i] = sampler.Next();
        }

        var left = CenteredProduct.Times(data, mean, right, sketch);
        DenseLinearAlgebra.OrthonormalizeColumns(left, n, sketch);
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            right = CenteredProduct.TransposeTimes(data, mean, left, sketch);
            DenseLinearAlgebra.OrthonormalizeColumns(right, d, sketch);
            left = CenteredProduct.Times(data, mean, right, sketch);
            DenseLinearAlgebra.OrthonormalizeColumns(left, n, sketch);
        }

        // X_c ≈ Q B with B = Qᵀ X_c; the eigenvectors of B Bᵀ rotate Q onto the left singular vectors.
        var projected = CenteredProduct.TransposeTimes(data, mean, left, sketch);
        var gram = DenseLinearAlgebra.GramOfColumns(projected, d, sketch);
        var (eigenvalues, eigenvectors) = DenseLinearAlgebra.SymmetricEigen(gram, sketch);
        var scores = new double[n * Components];
        for (var c = 0; c < Math.Min(Components, sketch); c++)
        {
            var singularValue = Math.Sqrt(Math.Max(eigenvalues[c], 0));
            for (var i = 0; i < n; i++)
            {
                var value = 0.0;
                for (var s = 0; s < sketch; s++)
                {
                    value += left[i * sketch + s] * eigenvectors[s * sketch + c];
                }

                scores[i * Components + c] = value * singularValue;
            }

            FlipSign(scores, n, c);
        }

        return scores;
    }

    private static double[] ColumnMeans(FeatureMatrix data)
    {
        var mean = new double[data.Columns];
        for (var i = 0; i < data.Rows; i++)
        {
            var row = data.Row(i);
            for (var j = 0; j < row.Length; j++)
            {
                mean[j] += row[j];
            }
        }

        for (var j = 0; j < mean.Length; j++)
        {
            mean[j] /= data.Rows;
        }

        return mean;
    }

    /// <summary>Singular vectors have no intrinsic sign; sklearn's svd_flip makes the largest-magnitude entry positive.</summary>
    private static void FlipSign(double[] scores, int n, int component)
    {
        var largest = 0.0;
        for (var i = 0; i < n; i++)
        {
            var value = scores[i * Components + component];
            if (Math.Abs(value) > Math.Abs(largest))
            {
                largest = value;
            }
        }

        if (largest < 0)
        {
            for (var i = 0; i < n; i++)
            {
                scores[i * Components + component] = -scores[i * Components + component];
            }
        }
    }
}

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>The few small dense routines the randomized PCA needs; all matrices row-major.</summary>
internal static class DenseLinearAlgebra
{
    /// <summary>Modified Gram–Schmidt on the columns of a rows x width matrix; dependent columns become zero.</summary>
    public static void OrthonormalizeColumns(double[] matrix, int rows, int width)
    {
        for (var c = 0; c < width; c++)
        {
            for (var previous = 0; previous < c; previous++)
            {
                var dot = 0.0;
                for (var r = 0; r < rows; r++)
                {
                    dot += matrix[r * width + c] * matrix[r * width + previous];
                }

                for (var r = 0; r < rows; r++)
                {
                    matrix[r * width + c] -= dot * matrix[r * width + previous];
                }
            }

            var norm = 0.0;
            for (var r = 0; r < rows; r++)
            {
                norm += matrix[r * width + c] * matrix[r * width + c];
            }

            norm = Math.Sqrt(norm);
            var scale = norm > 1e-300 ? 1 / norm : 0;
            for (var r = 0; r < rows; r++)
            {
                matrix[r * width + c] *= scale;
            }
        }
    }

    /// <summary>Mᵀ M for a rows x width matrix (width x width result).</summary>
    public static double[] GramOfColumns(double[] matrix, int rows, int width)
    {
        var gram = new double[width * width];
        for (var r = 0; r < rows; r++)
        {
            for (var a = 0; a < width; a++)
            {
                var x = matrix[r * width + a];
                for (var b = 0; b < width; b++)
                {
                    gram[a * width + b] += x * matrix[r * width + b];
                }
            }
        }

        return gram;
    }

    /// <summary>
    /// Cyclic Jacobi eigen-decomposition of a small symmetric matrix.
    /// Returns eigenvalues in descending order and eigenvectors as the columns of a row-major matrix.
    /// </summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(double[] symmetric, int size)
    {
        var a = (double[])symmetric.Clone();
        var v = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            v[i * size + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var offDiagonal = 0.0;
            for (var p = 0; p < size; p++)
            {
                for (var q = p + 1; q < size; q++)
                {
                    offDiagonal += a[p * size + q] * a[p * size + q];
                }
            }

            if (offDiagonal < 1e-30)
            {
                break;
            }

            for (var p = 0; p < size; p++)
            {
                for (var q = p + 1; q < size; q++)
                {
                    Rotate(a, v, size, p, q);
                }
            }
        }

        var order = Enumerable.Range(0, size).OrderByDescending(i => a[i * size + i]).ToArray();
        var values = new double[size];
        var vectors = new double[size * size];
        for (var c = 0; c < size; c++)
        {
            values[c] = a[order[c] * size + order[c]];
            for (var r = 0; r < size; r++)
            {
                vectors[r * size + c] = v[r * size + order[c]];
            }
        }

        return (values, vectors);
    }

    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        var apq = a[p * n + q];
        if (Math.Abs(apq) < 1e-300)
        {
            return;
        }

        var theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        if (theta == 0)
        {
            t = 1;
        }

        var c = 1 / Math.Sqrt(t * t + 1);
        var s = t * c;
        for (var k = 0; k < n; k++)
        {
            var akp = a[k * n + p];
            var akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }

        for (var k = 0; k < n; k++)
        {
            var apk = a[p * n + k];
            var aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }

        for (var k = 0; k < n; k++)
        {
            var vkp = v[k * n + p];
            var vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }
}

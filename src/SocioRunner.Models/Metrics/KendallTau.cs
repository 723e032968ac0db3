namespace SocioRunner.Models.Metrics;

/// <summary>Kendall tau-b by Knight's O(n log n) algorithm, counting ties the way SciPy does.</summary>
internal static class KendallTau
{
    public static double TauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        int n = x.Count;
        if (n < 2) return double.NaN;
        // Sort by x, then y.
        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ThenBy(i => y[i]).ToArray();
        long totalPairs = (long)n * (n - 1) / 2;

        long tiedX = 0, tiedXY = 0;
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end + 1 < n && x[order[end + 1]] == x[order[start]]) end++;
            tiedX += Pairs(end - start + 1);
            for (int s = start; s <= end;)
            {
                int e = s;
                while (e + 1 <= end && y[order[e + 1]] == y[order[s]]) e++;
                tiedXY += Pairs(e - s + 1);
                s = e + 1;
            }
            start = end + 1;
        }

        // Count discordant pairs as inversions of y in x-order (merge sort); ties in y are not inversions.
        var ys = order.Select(i => y[i]).ToArray();
        long swaps = MergeCount(ys, new double[n], 0, n);

        long tiedY = 0;
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end + 1 < n && ys[end + 1] == ys[start]) end++;
            tiedY += Pairs(end - start + 1);
            start = end + 1;
        }

        if (tiedX == totalPairs || tiedY == totalPairs) return double.NaN;
        // concordant - discordant = total - tiedX - tiedY + tiedXY - 2 * discordant
        double difference = totalPairs - tiedX - tiedY + tiedXY - 2.0 * swaps;
        double denominator = Math.Sqrt((double)(totalPairs - tiedX) * (totalPairs - tiedY));
        return Math.Clamp(difference / denominator, -1.0, 1.0);
    }

    static long Pairs(long count) => count * (count - 1) / 2;

    /// <summary>Sorts <paramref name="values"/>[lo, hi) ascending and returns the number of strict inversions.</summary>
    static long MergeCount(double[] values, double[] buffer, int lo, int hi)
    {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) / 2;
        long count = MergeCount(values, buffer, lo, mid) + MergeCount(values, buffer, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            if (values[i] <= values[j]) buffer[k++] = values[i++];
            else { count += mid - i; buffer[k++] = values[j++]; }
        }
        while (i < mid) buffer[k++] = values[i++];
        while (j < hi) buffer[k++] = values[j++];
        Array.Copy(buffer, lo, values, lo, hi - lo);
        return count;
    }
}

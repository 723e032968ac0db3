namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// Trains one CAV: stratified split, standardization fitted on the training part, SGD linear SVM,
/// held-out accuracy/F1, then the direction of <see cref="CavMethod"/> (by default the SVM normal mapped back to raw
/// activation space, w / scale), normalised.
/// </summary>
public static class CavTrainer
{
    public static ConceptActivationVector Train(
        string concept, string negative, IReadOnlyList<float[]> positives, IReadOnlyList<float[]> negatives,
        SgdSvmSettings settings, int seed)
    {
        if (positives.Count == 0 || negatives.Count == 0)
        {
            throw new ArgumentException($"CAV '{concept}' vs '{negative}' needs examples of both classes; got {positives.Count} and {negatives.Count}.");
        }

        var rows = new List<float[]>(positives.Count + negatives.Count);
        rows.AddRange(positives);
        rows.AddRange(negatives);
        var labels = Enumerable.Range(0, rows.Count).Select(i => i < positives.Count).ToArray();
        var split = StratifiedSplit.Create(labels, settings.TestFraction, seed);
        var trainRows = split.Train.Select(i => rows[i]).ToArray();
        var scaler = Standardizer.Fit(trainRows);
        var classifier = SgdLinearSvm.Train(
            trainRows.Select(scaler.Transform).ToArray(), split.Train.Select(i => labels[i]).ToArray(), settings, seed);
        var predicted = split.Test.Select(i => classifier.PredictPositive(scaler.Transform(rows[i]))).ToArray();
        var scores = ClassificationScores.Compute(split.Test.Select(i => labels[i]).ToArray(), predicted);
        // The SVM's held-out scores say whether the concept is linearly decodable at this layer, whichever direction is used.
        var direction = settings.Method switch
        {
            CavMethod.MeanDifference => MeanDifference(rows, labels, split.Train),
            CavMethod.SvmStandardized => VectorMath.Normalized(classifier.Weights),
            CavMethod.SvmRaw => VectorMath.Normalized(SgdLinearSvm.Train(trainRows, split.Train.Select(i => labels[i]).ToArray(), settings, seed).Weights),
            _ => VectorMath.Normalized(scaler.DirectionToRaw(classifier.Weights)),
        };
        return new ConceptActivationVector(concept, negative, direction, classifier.Weights, classifier.Intercept, scores, classifier.Epochs)
        {
            MeanDifference = ClassMeanDifference(positives, negatives),
        };
    }

    /// <summary>Mean of the positives minus mean of the negatives over all examples (not normalised).</summary>
    static float[] ClassMeanDifference(IReadOnlyList<float[]> positives, IReadOnlyList<float[]> negatives)
    {
        var positiveMean = VectorMath.Mean(positives);
        var negativeMean = VectorMath.Mean(negatives);
        var difference = new float[positiveMean.Length];
        for (int k = 0; k < difference.Length; k++) difference[k] = (float)(positiveMean[k] - negativeMean[k]);
        return difference;
    }

    /// <summary>Unit vector from the negative class mean to the positive class mean, in raw activation space.</summary>
    static float[] MeanDifference(List<float[]> rows, bool[] labels, int[] train)
    {
        int dim = rows[0].Length;
        var positiveMean = new double[dim];
        var negativeMean = new double[dim];
        int positives = 0, negatives = 0;
        foreach (int i in train)
        {
            var target = labels[i] ? positiveMean : negativeMean;
            for (int k = 0; k < dim; k++) target[k] += rows[i][k];
            if (labels[i]) positives++; else negatives++;
        }
        var difference = new float[dim];
        for (int k = 0; k < dim; k++) difference[k] = (float)(positiveMean[k] / Math.Max(positives, 1) - negativeMean[k] / Math.Max(negatives, 1));
        return VectorMath.Normalized(difference);
    }
}

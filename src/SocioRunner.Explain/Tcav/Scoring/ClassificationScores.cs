namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>Held-out accuracy and F1 of the positive (concept) class, as scikit-learn's accuracy_score and f1_score.</summary>
/// <param name="MajorityShare">Share of the larger class in the held-out part: the accuracy of always guessing it (chance level).</param>
/// <param name="BalancedAccuracy">Mean of the recall of both classes (scikit-learn's balanced_accuracy_score): 0.5 is chance
/// whatever the class balance, so it judges decodability also for one-vs-all's 1:8 split, where plain accuracy is 0.89 by guessing.</param>
public sealed record ClassificationScores(double Accuracy, double F1, int Count, double MajorityShare, double BalancedAccuracy = double.NaN)
{
    public static ClassificationScores Compute(IReadOnlyList<bool> truth, IReadOnlyList<bool> predicted)
    {
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException("Truth and predictions differ in length.");
        }

        if (truth.Count == 0)
        {
            return new ClassificationScores(double.NaN, double.NaN, 0, double.NaN, double.NaN);
        }

        int truePositive = 0, falsePositive = 0, falseNegative = 0, correct = 0;
        for (int i = 0; i < truth.Count; i++)
        {
            if (truth[i] == predicted[i])
            {
                correct++;
            }

            if (truth[i] && predicted[i])
            {
                truePositive++;
            }
            else if (!truth[i] && predicted[i])
            {
                falsePositive++;
            }
            else if (truth[i] && !predicted[i])
            {
                falseNegative++;
            }
        }

        int denominator = 2 * truePositive + falsePositive + falseNegative;
        // scikit-learn returns 0 (with a warning) when F1 is undefined.
        double f1 = denominator == 0 ? 0 : 2.0 * truePositive / denominator;
        int positives = truth.Count(t => t);
        double majority = (double)Math.Max(positives, truth.Count - positives) / truth.Count;
        int negatives = truth.Count - positives;
        int trueNegative = correct - truePositive;
        double balanced = positives == 0 || negatives == 0 ? double.NaN
            : 0.5 * ((double)truePositive / positives + (double)trueNegative / negatives);
        return new ClassificationScores((double)correct / truth.Count, f1, truth.Count, majority, balanced);
    }
}

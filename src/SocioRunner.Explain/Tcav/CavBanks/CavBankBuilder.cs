using SocioRunner.Core.Errors;
using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>
/// Trains all CAVs of a layer from precomputed activations (no model needed, so the same activations serve every
/// concept and repeat). Each CAV gets its own seed derived from the bank seed and its position, and CAVs are trained
/// in parallel, so results do not depend on thread timing. See <see cref="CavBank"/> for the design.
/// </summary>
public static class CavBankBuilder
{
    /// <param name="randomPool">Activations of the random pool; needed (only) for the random setting.</param>
    public static CavBank Build(
        string layer, IReadOnlyList<LabelledActivations> concepts, LabelledActivations? randomPool,
        CavBankSettings settings, CancellationToken cancellation = default)
    {
        RequireVaryingActivations(layer, concepts, randomPool);
        var plan = settings.Setting == NegativeSetting.OneVsAll ? OneVsAll(concepts, settings) : Random(concepts, randomPool, settings);
        var cavs = new ConceptActivationVector[plan.Jobs.Count];
        Parallel.For(0, plan.Jobs.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var (_, positive, negative) = plan.Jobs[i];
            cavs[i] = CavTrainer.Train(positive.Name, negative.Name, positive.Rows, negative.Rows, settings.Classifier, DeriveSeed(settings.Seed, i));
        });

        var byConcept = concepts.Select(c => new ConceptCavs(c.Name, Select(plan.Jobs, cavs, c.Name))).ToArray();
        return new CavBank(layer, settings.Setting, plan.NegativeSource, plan.NullSource, byConcept,
            Select(plan.Jobs, cavs, NullGroup), Select(plan.Jobs, cavs, ControlGroup));
    }

    const string NullGroup = "#null", ControlGroup = "#control";

    sealed record Plan(List<(string Group, LabelledActivations Positive, LabelledActivations Negative)> Jobs, string NegativeSource, string NullSource);

    /// <summary>
    /// One-vs-all: each repeat draws the negatives afresh, ceil(max_negatives / (k - 1)) from each other concept, as the
    /// original balances them, and (with repeats) half of each set: half of the concept's images and at most half of
    /// each other concept's (see <see cref="Half"/>). The null draws both sets from the union of the concept images, with
    /// the typical (median) sizes of those sets, so it is the same construction with the concept labels shuffled away.
    /// </summary>
    static Plan OneVsAll(IReadOnlyList<LabelledActivations> concepts, CavBankSettings settings)
    {
        int quota = PerConceptQuota(settings.MaxNegatives, concepts.Count);
        var jobs = new List<(string, LabelledActivations, LabelledActivations)>();
        var negativeSizes = new List<int>();
        bool resample = settings.Repeats >= 2;
        var positiveSizes = new List<int>();
        foreach (var concept in concepts)
        {
            for (int r = 1; r <= Math.Max(settings.Repeats, 1); r++)
            {
                int seed = DeriveSeed(settings.Seed, StableHash($"{concept.Name}#{r}"));
                var positives = resample ? Half(concept, DeriveSeed(seed, 1)) : concept;
                var negatives = BalancedOthers(concept, concepts, quota, seed, $"others_{r}", resample);
                positiveSizes.Add(positives.Rows.Count);
                negativeSizes.Add(negatives.Rows.Count);
                jobs.Add((concept.Name, positives, negatives));
            }
        }

        var union = concepts.SelectMany(c => c.Rows).ToArray();
        int positiveSize = Median(positiveSizes);
        int negativeSize = Math.Min(Median(negativeSizes), union.Length - positiveSize);
        AddRandomPairs(jobs, new RandomSetSampler(union, settings.Seed), settings.Repeats, positiveSize, negativeSize);
        return new Plan(jobs,
            resample
                ? $"balanced sample of the other concepts (up to {quota} images of each, at most {settings.MaxNegatives}, and at most half of each), against half of the concept's images, both resampled per repeat"
                : $"balanced sample of the other concepts (up to {quota} images of each, at most {settings.MaxNegatives})",
            $"two disjoint random sets ({positiveSize} and {negativeSize} images) from the union of all concept images");
    }

    /// <summary>Random setting (Kim et al.): negatives and both null sets are random sets of the random pool.</summary>
    static Plan Random(IReadOnlyList<LabelledActivations> concepts, LabelledActivations? pool, CavBankSettings settings)
    {
        int size = settings.RandomSetSize;
        int needed = settings.Repeats > 0 ? 2 * size : size;
        if (pool is null || pool.Rows.Count < needed)
        {
            throw TcavErrors.RandomPoolTooSmall(pool?.Rows.Count ?? 0, needed, size, settings.RandomSource);
        }

        var sampler = new RandomSetSampler(pool.Rows, settings.Seed);
        var jobs = new List<(string, LabelledActivations, LabelledActivations)>();
        bool resample = settings.Repeats >= 2;
        var positiveSizes = new List<int>();
        foreach (var concept in concepts)
        {
            for (int r = 1; r <= Math.Max(settings.Repeats, 1); r++)
            {
                var positives = resample ? Half(concept, DeriveSeed(settings.Seed, StableHash($"{concept.Name}#half{r}"))) : concept;
                positiveSizes.Add(positives.Rows.Count);
                jobs.Add((concept.Name, positives, sampler.Draw($"random_{r}", size)));
            }
        }

        int positiveSize = Math.Min(Median(positiveSizes), size);
        AddRandomPairs(jobs, sampler, settings.Repeats, positiveSize, size);
        return new Plan(jobs,
            resample
                ? $"random sets of {size} images from {settings.RandomSource}, against half of the concept's images, both resampled per repeat"
                : $"a random set of {size} images from {settings.RandomSource}",
            $"two disjoint random sets ({positiveSize} and {size} images) from {settings.RandomSource}");
    }

    static void AddRandomPairs(List<(string, LabelledActivations, LabelledActivations)> jobs, RandomSetSampler sampler, int repeats, int positiveSize, int negativeSize)
    {
        for (int r = 1; r <= repeats; r++)
        {
            var (a, b) = sampler.Pair($"random_a{r}", positiveSize, $"random_b{r}", negativeSize);
            jobs.Add((NullGroup, a, b));
            var (c, d) = sampler.Pair($"random_c{r}", positiveSize, $"random_d{r}", negativeSize);
            jobs.Add((ControlGroup, c, d));
        }
    }

    /// <summary>ceil(max_negatives / (k - 1)) images from each of the k - 1 other concepts (the original's balancing).</summary>
    public static int PerConceptQuota(int maxNegatives, int conceptCount) =>
        (int)Math.Ceiling(maxNegatives / (double)Math.Max(conceptCount - 1, 1));

    /// <summary>
    /// One-vs-all negatives: a seeded sample of up to <paramref name="quota"/> rows of each other concept; with
    /// <paramref name="half"/>, of at most half (rounded up) of each, so that repeats differ even when the quota exceeds a
    /// concept's size.
    /// </summary>
    public static LabelledActivations BalancedOthers(
        LabelledActivations concept, IReadOnlyList<LabelledActivations> all, int quota, int seed, string name = "others", bool half = false)
    {
        var random = new Random(seed);
        var rows = new List<float[]>();
        foreach (var other in all.Where(c => c.Name != concept.Name))
        {
            var indices = Enumerable.Range(0, other.Rows.Count).ToArray();
            random.Shuffle(indices);
            rows.AddRange(indices.Take(half ? Math.Min(quota, HalfOf(other.Rows.Count)) : quota).Select(i => other.Rows[i]));
        }

        return new LabelledActivations(name, rows);
    }

    /// <summary>
    /// A seeded half (rounded up) of a set, without replacement. Repeats resample the concept's own images this way
    /// (half-sampling, a bootstrap without duplicates, so the SVM's held-out split stays honest): a concept's R CAVs then
    /// spread as much as the finite image sets leave the direction uncertain. With the full sets every repeat, the
    /// CAVs differed only in the SVM's 80/20 split, nearly constant, and the t-test against the null's spread called
    /// any consistent difference significant, however small against what a different draw of images would give.
    /// </summary>
    public static LabelledActivations Half(LabelledActivations set, int seed)
    {
        var indices = Enumerable.Range(0, set.Rows.Count).ToArray();
        new Random(seed).Shuffle(indices);
        return new LabelledActivations(set.Name, indices.Take(HalfOf(set.Rows.Count)).Select(i => set.Rows[i]).ToArray());
    }

    static int HalfOf(int count) => (count + 1) / 2;

    /// <summary>Constant activations (a dead layer, blank images) make every CAV arbitrary: one clear error instead.</summary>
    static void RequireVaryingActivations(string layer, IReadOnlyList<LabelledActivations> concepts, LabelledActivations? pool)
    {
        var rows = concepts.SelectMany(c => c.Rows).Concat(pool?.Rows ?? []).ToArray();
        if (rows.Length < 2)
        {
            return;
        }

        var first = rows[0];
        if (rows.All(r => r.AsSpan().SequenceEqual(first)))
        {
            throw TcavErrors.ConstantActivations(layer, rows.Length);
        }
    }

    static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    /// <summary>
    /// A well-mixed seed per (bank seed, index). System.Random's seeded generator gives correlated streams for seeds
    /// that differ linearly, which correlated the SGD shuffles of successive CAVs; SplitMix64 decorrelates them.
    /// </summary>
    public static int DeriveSeed(int seed, int index)
    {
        unchecked
        {
            ulong z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & int.MaxValue);
        }
    }

    /// <summary>A string hash that is the same in every process (string.GetHashCode is randomised per process).</summary>
    public static int StableHash(string text)
    {
        unchecked
        {
            int hash = (int)2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    static ConceptActivationVector[] Select(
        List<(string Group, LabelledActivations Positive, LabelledActivations Negative)> jobs, ConceptActivationVector[] cavs, string group) =>
        Enumerable.Range(0, jobs.Count).Where(i => jobs[i].Group == group).Select(i => cavs[i]).ToArray();
}

using SocioRunner.Explain.Tcav.Scoring;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>
/// Trains all CAVs of a layer from precomputed activations (no model needed, so the same activations serve every
/// concept and repeat). Each CAV gets its own seed derived from the bank seed and its position, and CAVs are trained
/// in parallel, so results do not depend on thread timing.
/// </summary>
public static class CavBankBuilder
{
    /// <param name="randomPool">
    /// Activations of the random image pool. Every random set is a fresh seeded sample of
    /// <see cref="CavBankSettings.RandomSetSize"/> rows of it, so the pool's forward passes are done once and the
    /// random-vs-random null distribution is not anchored to one fixed random set (a fixed set's own sampling
    /// deviation would otherwise shift every null score the same way).
    /// </param>
    public static CavBank Build(
        string layer, IReadOnlyList<LabelledActivations> concepts, LabelledActivations? randomPool,
        CavBankSettings settings, CancellationToken cancellation = default)
    {
        int repeats = settings.Repeats;
        bool needsPool = repeats > 0 || settings.Setting == NegativeSetting.Random;
        if (needsPool && (randomPool is null || randomPool.Rows.Count < 2 * Math.Min(settings.RandomSetSize, 2)))
        {
            throw new ArgumentException($"Random repeats and the random setting need a random image pool; got {randomPool?.Rows.Count ?? 0} images.");
        }

        var sampler = new RandomSetSampler(randomPool, settings.RandomSetSize, settings.Seed);
        var jobs = new List<(string Group, LabelledActivations Positive, LabelledActivations Negative)>();
        foreach (var concept in concepts)
        {
            var negative = settings.Setting == NegativeSetting.OneVsAll
                ? OtherConcepts(concept, concepts, settings.MaxNegatives, settings.Seed)
                : sampler.Draw("random_0");
            jobs.Add(("#main", concept, negative));
        }

        for (int r = 1; r <= repeats; r++)
        {
            foreach (var concept in concepts)
            {
                jobs.Add((concept.Name, concept, sampler.Draw($"random_{r}")));
            }

            // Null distribution and control: two independent random-vs-random samples; the control must not
            // differ significantly from the null (a check that the test is calibrated).
            jobs.Add(("#random", sampler.Draw($"random_a{r}"), sampler.Draw($"random_b{r}")));
            jobs.Add(("#control", sampler.Draw($"random_c{r}"), sampler.Draw($"random_d{r}")));
        }

        var cavs = new ConceptActivationVector[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var (_, positive, negative) = jobs[i];
            cavs[i] = CavTrainer.Train(positive.Name, negative.Name, positive.Rows, negative.Rows, settings.Classifier, DeriveSeed(settings.Seed, i));
        });

        var repeatsByConcept = concepts.ToDictionary(
            c => c.Name, c => (IReadOnlyList<ConceptActivationVector>)Select(jobs, cavs, c.Name), StringComparer.Ordinal);
        return new CavBank(layer, Select(jobs, cavs, "#main"), repeatsByConcept, Select(jobs, cavs, "#random"), Select(jobs, cavs, "#control"));
    }

    /// <summary>One-vs-all negatives: a seeded sample of at most <paramref name="maxNegatives"/> rows of the other concepts.</summary>
    public static LabelledActivations OtherConcepts(LabelledActivations concept, IReadOnlyList<LabelledActivations> all, int maxNegatives, int seed)
    {
        var pool = all.Where(c => c.Name != concept.Name).SelectMany(c => c.Rows).ToArray();
        if (pool.Length > maxNegatives)
        {
            var random = new Random(DeriveSeed(seed, StableHash(concept.Name)));
            random.Shuffle(pool);
            pool = pool[..maxNegatives];
        }

        return new LabelledActivations("others", pool);
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

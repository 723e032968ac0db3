namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>Seeded samples without replacement of the rows of a pool; pairs of samples are disjoint.</summary>
internal sealed class RandomSetSampler(IReadOnlyList<float[]> pool, int seed)
{
    readonly Random random = new(CavBankBuilder.DeriveSeed(seed, 424_242));

    public int Count => pool.Count;

    public LabelledActivations Draw(string name, int size) => Pair(name, size, null, 0).First;

    /// <summary>Two disjoint samples of <paramref name="firstSize"/> and <paramref name="secondSize"/> rows.</summary>
    public (LabelledActivations First, LabelledActivations Second) Pair(string firstName, int firstSize, string? secondName, int secondSize)
    {
        if (firstSize + secondSize > pool.Count)
        {
            throw new InvalidOperationException($"A pool of {pool.Count} rows cannot give disjoint sets of {firstSize} and {secondSize}.");
        }

        var indices = Enumerable.Range(0, pool.Count).ToArray();
        random.Shuffle(indices);
        var first = new LabelledActivations(firstName, indices[..firstSize].Select(i => pool[i]).ToArray());
        var second = new LabelledActivations(secondName ?? "", indices[firstSize..(firstSize + secondSize)].Select(i => pool[i]).ToArray());
        return (first, second);
    }
}

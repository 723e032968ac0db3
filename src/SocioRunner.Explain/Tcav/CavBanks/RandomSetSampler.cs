namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>Draws named random sets (samples without replacement) from a pool of activations, in a seeded sequence.</summary>
internal sealed class RandomSetSampler(LabelledActivations? pool, int setSize, int seed)
{
    readonly Random random = new(CavBankBuilder.DeriveSeed(seed, 424_242));

    public LabelledActivations Draw(string name)
    {
        if (pool is null)
        {
            throw new InvalidOperationException("No random pool.");
        }

        var indices = Enumerable.Range(0, pool.Rows.Count).ToArray();
        random.Shuffle(indices);
        int count = Math.Min(setSize, pool.Rows.Count);
        return new LabelledActivations(name, indices[..count].Select(i => pool.Rows[i]).ToArray());
    }
}

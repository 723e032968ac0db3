namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>
/// A seeded stratified train/test split of a two-class sample: each class is shuffled and
/// ceil(testFraction · classCount) of its rows (at least one, never all) go to the test part.
/// </summary>
public sealed record StratifiedSplit(int[] Train, int[] Test)
{
    public static StratifiedSplit Create(IReadOnlyList<bool> positive, double testFraction, int seed)
    {
        var random = new Random(seed);
        var train = new List<int>();
        var test = new List<int>();
        foreach (bool cls in new[] { true, false })
        {
            var members = Enumerable.Range(0, positive.Count).Where(i => positive[i] == cls).ToArray();
            random.Shuffle(members);
            int testCount = members.Length < 2 ? 0 : Math.Clamp((int)Math.Ceiling(testFraction * members.Length), 1, members.Length - 1);
            test.AddRange(members.Take(testCount));
            train.AddRange(members.Skip(testCount));
        }

        var trainArray = train.ToArray();
        var testArray = test.ToArray();
        random.Shuffle(trainArray);
        Array.Sort(testArray);
        return new StratifiedSplit(trainArray, testArray);
    }
}

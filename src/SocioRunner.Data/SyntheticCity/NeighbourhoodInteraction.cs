namespace SocioRunner.Data.SyntheticCity;

/// <summary>
/// The interaction with <see cref="InteractionScope.Neighbourhood"/>: a vegetation block adds its effect
/// (<see cref="IncomeFunction.Effect"/>, per block a sixteenth) only where its neighbours (the up to 8 blocks around it in
/// the tile's 4 x 4 grid) are low-income surroundings: their mean effect, vegetation neighbours counting 0, is below 0.
/// Every other block adds its zone's effect. Income is then a sum over blocks of a function of the block and its
/// neighbours, which a CNN that averages local features and predicts linearly from them can represent exactly.
/// </summary>
public static class NeighbourhoodInteraction
{
    const int Side = TileComposer.BlocksPerSide;

    public static string Formula =>
        $"a vegetation block adds its effect only where its (up to 8) neighbouring blocks' mean effect, vegetation counting 0, is below 0; "
        + $"income = {IncomeFunction.Base} + the mean over the 16 blocks of each block's effect";

    /// <summary>The tile's expected income.</summary>
    public static double Evaluate(IReadOnlyList<Zone> blocks) =>
        IncomeFunction.Base + Enumerable.Range(0, blocks.Count).Sum(b => BlockEffect(blocks, b)) / blocks.Count;

    /// <summary>
    /// Per zone, the change of income per unit of share when one block becomes that zone, averaged over the tile's blocks
    /// (16 x the mean over blocks of income(block := zone) - income): a finite swap, as the threshold has no derivative.
    /// It includes the swap's effect on neighbouring vegetation blocks. It differs from a derivative by the same constant
    /// for every zone (the replaced block's own effect), which cancels in every difference between two images' shares.
    /// </summary>
    public static Dictionary<Zone, double> MarginalEffects(IReadOnlyList<Zone> blocks)
    {
        double income = Evaluate(blocks);
        var swapped = blocks.ToArray();
        return Zones.All.ToDictionary(zone => zone, zone =>
        {
            double sum = 0;
            for (int b = 0; b < blocks.Count; b++)
            {
                swapped[b] = zone;
                sum += Evaluate(swapped) - income;
                swapped[b] = blocks[b];
            }
            return sum; // the mean over blocks of 16 x (income' - income): one block is 1/16 of the share
        });
    }

    static double BlockEffect(IReadOnlyList<Zone> blocks, int block) =>
        blocks[block] != Zone.Vegetation || LowIncomeNeighbours(blocks, block) ? IncomeFunction.Effect(blocks[block]) : 0;

    static bool LowIncomeNeighbours(IReadOnlyList<Zone> blocks, int block)
    {
        int row = block / Side, column = block % Side, count = 0;
        double sum = 0;
        for (int r = Math.Max(0, row - 1); r <= Math.Min(Side - 1, row + 1); r++)
            for (int c = Math.Max(0, column - 1); c <= Math.Min(Side - 1, column + 1); c++)
            {
                if (r == row && c == column) continue;
                var zone = blocks[r * Side + c];
                sum += zone == Zone.Vegetation ? 0 : IncomeFunction.Effect(zone);
                count++;
            }
        return sum / count < 0;
    }
}

namespace SocioRunner.Data.SyntheticCity;

/// <summary>How a tile's 4 x 4 blocks are given zones (<c>layout</c> of <c>dataset/synthetic-city</c>).</summary>
public enum CityLayout
{
    /// <summary>1 to 3 zones with random weights, laid out as contiguous bands: a tile looks like a neighbourhood edge, and
    /// its income comes mostly from which one or two zones dominate it.</summary>
    Bands,

    /// <summary>Each block's zone drawn on its own from the zones' frequencies: zone shares vary independently across tiles
    /// (up to summing to one), so nothing about a tile but its zones' effects, block by block, explains its income.</summary>
    Independent,
}

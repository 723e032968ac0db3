namespace SocioRunner.Data.SyntheticCity;

/// <summary>Where the interaction (<c>interaction: true</c>) looks for vegetation's low-income surroundings
/// (<c>interaction_scope</c> of <c>dataset/synthetic-city</c>).</summary>
public enum InteractionScope
{
    /// <summary>The whole tile: vegetation's effect exists only where the tile's income without its vegetation term is
    /// below the base. A threshold on a sum over the whole tile: hard for the paper's models (a linear head on averaged
    /// local features is a sum over locations, so every location would have to work out the tile's income).</summary>
    Tile,

    /// <summary>Each vegetation block's 8 neighbours: its effect exists only where they are low-income on average. A sum
    /// over locations of a local function, inside the paper's model family (<see cref="NeighbourhoodInteraction"/>).</summary>
    Neighbourhood,
}

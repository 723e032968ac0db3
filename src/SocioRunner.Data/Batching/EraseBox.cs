namespace SocioRunner.Data.Batching;

/// <summary>The rectangle random erasing sets to zero (all channels): rows Y..Y+Height-1, columns X..X+Width-1.</summary>
public readonly record struct EraseBox(int Y, int X, int Height, int Width);

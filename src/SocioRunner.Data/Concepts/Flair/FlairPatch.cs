namespace SocioRunner.Data.Concepts.Flair;

/// <summary>A FLAIR image/mask pair and its mask's class histogram (index = class code).</summary>
public sealed record FlairPatch(string Id, string ImagePath, string MaskPath, int[] Histogram, int Pixels);

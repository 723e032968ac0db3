namespace SocioRunner.Models.Losses;

/// <summary>How Rank-N-Contrast measures distances (YAML: <c>l1</c>, <c>l2</c>), as in the original loss code's parameters.</summary>
public enum DistanceKind
{
    /// <summary>Sum of absolute differences.</summary>
    L1,
    /// <summary>Euclidean norm of the difference.</summary>
    L2,
}

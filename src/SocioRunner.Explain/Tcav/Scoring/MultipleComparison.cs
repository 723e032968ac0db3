namespace SocioRunner.Explain.Tcav.Scoring;

/// <summary>How p-values are corrected across the concepts tested together.</summary>
public enum MultipleComparison
{
    Holm,
    Bonferroni,
    None,
}

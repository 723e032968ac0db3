namespace SocioRunner.Reports.Model;

/// <summary>The report sections a plot can belong to (the templates place plots by these names).</summary>
public static class PlotSections
{
    public const string Training = "training";
    public const string Predictions = "predictions";
    public const string Tsne = "tsne";
    public const string Tcav = "tcav";
    public const string GroundTruth = "ground-truth";
}

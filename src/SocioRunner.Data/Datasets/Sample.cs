namespace SocioRunner.Data.Datasets;

/// <summary>One labelled image of a dataset split.</summary>
public sealed record Sample(string Id, string ImagePath, double Label);

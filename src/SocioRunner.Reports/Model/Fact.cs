namespace SocioRunner.Reports.Model;

/// <summary>One named value shown in a two-column facts table (dataset sizes, t-SNE settings, ...).</summary>
public sealed record Fact(string Name, string Value);

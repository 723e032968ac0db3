namespace SocioRunner.Data.Concepts;

/// <summary>A named set of concept images (one folder of a <c>concepts</c> artifact).</summary>
public sealed record ConceptSet(string Name, IReadOnlyList<string> ImagePaths);

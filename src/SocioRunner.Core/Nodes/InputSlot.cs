namespace SocioRunner.Core.Nodes;

/// <summary>A named input of a node kind and the artifact types it accepts.</summary>
/// <param name="Many">Whether the slot takes a list of nodes (the report takes everything).</param>
public sealed record InputSlot(string Name, IReadOnlyList<string> AcceptedTypes, bool Required = true, bool Many = false, string Description = "")
{
    public InputSlot(string name, string acceptedType, bool required = true, string description = "")
        : this(name, [acceptedType], required, false, description) { }

    public bool Accepts(string artifactType) => AcceptedTypes.Contains("*") || AcceptedTypes.Contains(artifactType);
}

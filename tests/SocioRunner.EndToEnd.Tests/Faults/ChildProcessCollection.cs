namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>The fault and reproducibility tests train models; one at a time so they do not fight over the cores.</summary>
[CollectionDefinition(Name)]
public sealed class ChildProcessCollection
{
    public const string Name = "child-processes";
}

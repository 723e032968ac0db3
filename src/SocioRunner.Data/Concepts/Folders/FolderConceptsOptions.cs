namespace SocioRunner.Data.Concepts.Folders;

/// <summary>Options of <c>concepts/folders</c>.</summary>
public sealed record FolderConceptsOptions
{
    /// <summary>Folder with one sub-folder of images per concept (the original code's layout).</summary>
    public string? Root { get; init; }

    /// <summary>Only these sub-folders (default: all).</summary>
    public List<string>? Concepts { get; init; }
}

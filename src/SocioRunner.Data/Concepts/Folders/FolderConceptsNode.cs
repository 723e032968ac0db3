using System.Text.Json.Nodes;
using SocioRunner.Core.Nodes;
using SocioRunner.Data.Images;
using SocioRunner.Data.Internal;

namespace SocioRunner.Data.Concepts.Folders;

/// <summary><c>concepts/folders</c>: ready-made concept folders (PNG/JPEG/TIFF) copied as RGB PNGs into a <c>concepts</c> artifact.</summary>
public sealed class FolderConceptsNode(SocioRunner.Core.Inputs.InputLimits limits) : NodeKind<FolderConceptsOptions>
{
    public FolderConceptsNode() : this(SocioRunner.Core.Inputs.InputLimits.Default) { }

    static readonly string[] Extensions = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    public override string Name => "concepts/folders";

    public override string Description => "Concept image sets from ready-made folders (one sub-folder per concept)";

    public override IReadOnlyList<InputSlot> Inputs => [];

    public override string OutputType => ArtifactTypes.Concepts;

    protected override string? ExternalFingerprint(FolderConceptsOptions options) => FolderFingerprint.Of(options.Root);

    protected override Task ExecuteAsync(NodeContext context, FolderConceptsOptions options)
    {
        const string how = "Point it at a folder holding one sub-folder of images per concept.";
        if (string.IsNullOrWhiteSpace(options.Root) || !Directory.Exists(options.Root))
            throw DataErrors.MissingRoot(Name, "root", string.IsNullOrWhiteSpace(options.Root) ? null : options.Root, how);
        var folders = Directory.GetDirectories(options.Root).Order(StringComparer.Ordinal).ToList();
        if (options.Concepts is { Count: > 0 } wanted)
        {
            var missing = wanted.Where(w => !folders.Any(f => Path.GetFileName(f) == w)).ToList();
            if (missing.Count > 0) throw DataErrors.MissingFile(Path.Combine(options.Root, missing[0]), $"concept folder (have: {string.Join(", ", folders.Select(Path.GetFileName))})");
            folders = folders.Where(f => wanted.Contains(Path.GetFileName(f))).ToList();
        }
        var written = new List<(string, int, JsonNode?)>();
        var dropped = new List<string>();
        foreach (var folder in folders)
        {
            string name = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0) { dropped.Add(name); continue; }
            ParallelWork.For(files.Length, context.Cancellation, i =>
                PngCodec.EncodeRaster(context.OutputPath($"{name}/{Path.GetFileNameWithoutExtension(files[i])}.png"), ImageLoader.Decode(files[i], limits), files[i]));
            written.Add((name, files.Length, null));
        }
        ConceptsArtifact.WriteManifest(context.OutputDirectory, written, dropped, new JsonObject { ["source"] = "folders", ["root"] = Path.GetFullPath(options.Root) });
        return Task.CompletedTask;
    }
}

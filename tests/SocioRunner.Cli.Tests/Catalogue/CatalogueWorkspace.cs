namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>
/// One temporary working folder for the whole catalogue (cache in <c>.socio/cache</c>, runs in <c>reports/</c>),
/// with a tiny synthetic city, its income dataset and an encoder already cached, so that cases needing upstream
/// artifacts change nothing in objects/.
/// </summary>
public sealed class CatalogueWorkspace : IAsyncLifetime
{
    public const string WarmCity = "  city: { kind: dataset/synthetic-city, tiles: 40, tile_size: 16, flair_patches: 0 }\n";

    /// <summary>The warm city plus the income reader over it and a small encoder: the inputs of a training node.</summary>
    public const string WarmTrainingInputs = WarmCity
        + "  income: { kind: dataset/household-income, inputs: { raw: city } }\n"
        + "  encoder: { kind: encoder/small-cnn, input_size: 16 }\n";

    public string Root { get; } = Directory.CreateTempSubdirectory("socio-catalogue-").FullName;

    public string Objects => Path.Combine(Root, ".socio", "cache", "objects");

    int caseCount;

    public CaseFolder NewCase(string name) => new(Path.Combine(Root, "cases", $"{Interlocked.Increment(ref caseCount):00}-{name}"));

    public async Task InitializeAsync()
    {
        var warm = NewCase("warm-up");
        var (exit, _, err) = await CliRunner.Run(Root, warm.RunExperiment(WarmTrainingInputs));
        if (exit != 0) throw new InvalidOperationException($"warm-up run failed: {err}");
    }

    /// <summary>Every file under <see cref="Root"/> except the run and cache folders, relative, sorted.</summary>
    public IReadOnlyList<string> FilesOutsideRunAndCache() =>
        Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p))
            .Where(p => !p.StartsWith("reports", StringComparison.Ordinal) && !p.StartsWith(".socio", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Every entry under objects/ with its size, so any added, removed or rewritten artifact shows.</summary>
    public IReadOnlyList<string> ObjectsListing() =>
        Directory.Exists(Objects)
            ? Directory.EnumerateFileSystemEntries(Objects, "*", SearchOption.AllDirectories)
                .Select(p => $"{Path.GetRelativePath(Objects, p)} {(File.Exists(p) ? new FileInfo(p).Length : -1)}")
                .Order(StringComparer.Ordinal).ToList()
            : [];

    public Task DisposeAsync()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>
/// Hostile files: each is small on disk but claims huge work (alias expansion, nesting, pixel count). Every limit is
/// checked before the allocation or recursion it guards, so each ends in one line naming the file and the limit.
/// </summary>
public static class HostileCases
{
    static string TileOf(CaseFolder f, int i) => f.File("income/data/imagery_out/sq_" + DataFixtures.Id(i) + ".png");

    public static IEnumerable<BadInputCase> All() =>
    [
        new("hostile-yaml-billion-laughs", f => ["validate", f.Write("experiment.yaml", HostileFixtures.BillionLaughs())],
            f => [$"{f.Experiment}:8:", "SOCIO_YAML_MAX_VALUES", "100,000"]),
        new("hostile-yaml-nested-20000-deep", f => ["validate", f.Write("experiment.yaml", HostileFixtures.DeeplyNested(20_000))],
            f => [$"{f.Experiment}:3:", "SOCIO_YAML_MAX_DEPTH", "200 levels"]),
        new("hostile-png-header-40000-square", f =>
        {
            string root = DataFixtures.IncomeRoot(f);
            f.WriteBytes(Path.GetRelativePath(f.Path, TileOf(f, 2)), HostileFixtures.PngClaiming(40_000, 40_000));
            return f.RunExperiment($"  income: {{ kind: dataset/household-income, root: '{root}' }}\n");
        }, f => [TileOf(f, 2), "40000 x 40000", "SOCIO_IMAGE_MAX_SIDE"]),
        new("hostile-tiff-sparse-60000-square", f =>
        {
            string root = DataFixtures.FlairRoot(f);
            HostileFixtures.ClaimTiffSide(DataFixtures.Mask(f, 1), 60_000);
            return f.RunExperiment($"  concepts: {{ kind: concepts/flair, root: '{root}', max_per_concept: 5 }}\n");
        }, f => [DataFixtures.Mask(f, 1), "60000 x 60000", "SOCIO_IMAGE_MAX_SIDE"]),
    ];
}

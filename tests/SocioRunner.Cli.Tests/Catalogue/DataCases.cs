namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>Bad data files (CSV, PNG, TIFF, GeoJSON, templates), found at run time by the node reading them.</summary>
public static class DataCases
{
    static string Income(string root) => $"  income: {{ kind: dataset/household-income, root: '{root}' }}\n";

    static string Flair(string root) => $"  concepts: {{ kind: concepts/flair, root: '{root}', max_per_concept: 5 }}\n";

    static string Liveability(string root) => $"  grid: {{ kind: dataset/liveability, root: '{root}' }}\n";

    static string Census(CaseFolder f) => f.File("income/data/census_data/squares_to_ses_2019.csv");

    static BadInputCase IncomeCase(string name, string? census, Func<CaseFolder, string> mustName, Action<CaseFolder>? damage = null) =>
        new(name, f =>
        {
            string root = DataFixtures.IncomeRoot(f, census);
            damage?.Invoke(f);
            return f.RunExperiment(Income(root));
        }, f => [mustName(f)]);

    static BadInputCase FlairCase(string name, Func<CaseFolder, string> mustName, byte maskCode = 3, int bands = 5, Action<CaseFolder>? damage = null) =>
        new(name, f =>
        {
            string root = DataFixtures.FlairRoot(f, maskCode, bands);
            damage?.Invoke(f);
            return f.RunExperiment(Flair(root));
        }, f => [mustName(f)]);

    static BadInputCase GridCase(string name, string grid, string mustName) =>
        new(name, f => f.RunExperiment(Liveability(DataFixtures.LiveabilityRoot(f, grid))), f => [f.File("liveability/grid_geosplit_not_rescaled.geojson"), mustName]);

    public static IEnumerable<BadInputCase> All() =>
    [
        new("dataset-root-missing", f => f.RunExperiment(Income(f.File("nowhere"))), f => ["dataset not found", f.File("nowhere")]),
        new("dataset-root-hostile-path", f => f.RunExperiment(Income(f.File("../../<script>alert(1)</script>/ü"))), _ => ["dataset not found", "<script>"]),
        IncomeCase("csv-missing-income-column", "IdINSPIRE,revenue\nX,1\n", f => Census(f)),
        IncomeCase("csv-income-not-a-number", $"IdINSPIRE,income\n{DataFixtures.Id(0)},rich\n", f => $"{Census(f)}:2"),
        IncomeCase("csv-income-infinite", $"IdINSPIRE,income\n{DataFixtures.Id(0)},1e999\n", f => $"{Census(f)}:2"),
        IncomeCase("csv-duplicate-id", $"IdINSPIRE,income\n{DataFixtures.Id(0)},1\n{DataFixtures.Id(0)},2\n", f => Census(f)),
        IncomeCase("csv-unterminated-quote", "IdINSPIRE,income\n\"open,1\n", f => $"{Census(f)}:2"),
        IncomeCase("csv-binary-garbage", "\0\u0001\u0002PK\u0003\u0004", f => Census(f)),
        IncomeCase("png-truncated", null, f => f.File("income/data/imagery_out/sq_" + DataFixtures.Id(3) + ".png"),
            f => { string p = f.File("income/data/imagery_out/sq_" + DataFixtures.Id(3) + ".png"); File.WriteAllBytes(p, File.ReadAllBytes(p)[..40]); }),
        IncomeCase("png-not-an-image", null, f => f.File("income/data/imagery_out/sq_" + DataFixtures.Id(4) + ".png"),
            f => File.WriteAllText(f.File("income/data/imagery_out/sq_" + DataFixtures.Id(4) + ".png"), "<html>not a png</html>")),
        IncomeCase("png-empty-file", null, f => f.File("income/data/imagery_out/sq_" + DataFixtures.Id(5) + ".png"),
            f => File.WriteAllBytes(f.File("income/data/imagery_out/sq_" + DataFixtures.Id(5) + ".png"), [])),
        IncomeCase("income-imagery-folder-missing", null, f => f.File("income/data/imagery_out"),
            f => Directory.Delete(f.File("income/data/imagery_out"), recursive: true)),
        FlairCase("tiff-not-a-tiff", f => DataFixtures.Image(f, 1), damage: f => File.WriteAllText(DataFixtures.Image(f, 1), "II*\0garbage")),
        FlairCase("tiff-damaged-bytes", f => DataFixtures.Mask(f, 0), damage: f => DataFixtures.Damage(DataFixtures.Mask(f, 0))),
        FlairCase("tiff-compression-zstd", f => $"{DataFixtures.Image(f, 1)}: TIFF compression ZSTD (code 50000) is not supported",
            damage: f => HostileFixtures.ClaimZstd(DataFixtures.Image(f, 1))),
        FlairCase("tiff-truncated-strip", f => $"{DataFixtures.Mask(f, 2)}: corrupt or unreadable image (truncated or undecodable strip at row 0; LibTiff: ",
            damage: f => HostileFixtures.TruncateStrip(DataFixtures.Mask(f, 2))),
        FlairCase("tiff-mask-code-out-of-range", f => DataFixtures.Mask(f, 0), maskCode: 42),
        FlairCase("tiff-image-two-bands", f => DataFixtures.Image(f, 0), bands: 2),
        FlairCase("flair-no-pairs", f => f.File("flair"), damage: f => Directory.Delete(f.File("flair/D001_2019/Z1/msk"), recursive: true)),
        GridCase("geojson-not-json", "{ this is not json", "GeoJSON"),
        GridCase("geojson-feature-without-score", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"gridcode":"g0","region_name":"utrecht","split":"train"}}]}""", "rlbrmtr"),
        GridCase("geojson-score-not-a-number", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"gridcode":"g0","region_name":"utrecht","rlbrmtr":"high","split":"train"}}]}""", "rlbrmtr"),
        GridCase("geojson-unknown-split", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"gridcode":"g0","region_name":"utrecht","rlbrmtr":4.2,"split":"holdout"}}]}""", "holdout"),
        GridCase("geojson-html-gridcode", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"gridcode":"<script>alert(1)</script>","region_name":"../../etc","rlbrmtr":"x","split":"train"}}]}""", "<script>"),
        new("embeddings-csv-bad-cell", f => f.RunExperiment($"  emb: {{ kind: embeddings/csv, path: '{f.Write("emb.csv", "id,label,dim_0\na,1,oops\n")}' }}\n"), f => [f.File("emb.csv")]),
        new("template-syntax-error", f =>
        {
            f.Write("templates/run.html.sbn", "<html>{{ for x in }}</html>");
            f.Write("templates/run.md.sbn", "# {{ model.title }}");
            return f.RunExperiment(CatalogueWorkspace.WarmCity + $"  report: {{ kind: report, inputs: {{ sources: [city] }}, templates: '{f.File("templates")}' }}\n");
        }, f => [f.File("templates/run.html.sbn")]),
    ];
}

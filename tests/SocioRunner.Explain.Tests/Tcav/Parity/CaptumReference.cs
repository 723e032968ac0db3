using System.IO.Compression;
using System.Text.Json;

namespace SocioRunner.Explain.Tests.Tcav.Parity;

/// <summary>
/// What real Captum 0.8 (PyTorch 1.13) computed for TCAV on the small model in <c>Data/captum_tcav.ckpt</c>: the
/// shared reference <c>captum_tcav.json</c>, kept in the repo as <c>Data/captum_tcav.json.gz</c> (same keys, every
/// float32 value written in its shortest exact form; made by <c>Data/make/compact_captum_reference.py</c>).
/// <c>SOCIO_CAPTUM_REFERENCE</c> may name another reference JSON (plain or .gz); its checkpoint is read from the
/// same folder under the name the JSON's <c>checkpoint</c> key gives.
/// </summary>
public sealed class CaptumReference
{
    CaptumReference(JsonElement root, string checkpoint)
    {
        Root = root;
        CheckpointPath = checkpoint;
    }

    public JsonElement Root { get; }

    public string CheckpointPath { get; }

    public int InputSize => Root.GetProperty("input_size").GetInt32();

    public IReadOnlyList<int> Widths => Root.GetProperty("widths").EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public string Layer => Root.GetProperty("layer").GetString()!;

    public static CaptumReference Load()
    {
        string path = Environment.GetEnvironmentVariable("SOCIO_CAPTUM_REFERENCE") is { Length: > 0 } custom
            ? custom
            : Path.Combine(AppContext.BaseDirectory, "Data", "captum_tcav.json.gz");
        using var file = File.OpenRead(path);
        using Stream text = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement.Clone();
        string checkpoint = Path.Combine(Path.GetDirectoryName(path)!, root.GetProperty("checkpoint").GetString()!);
        return new CaptumReference(root, checkpoint);
    }

    /// <summary>Input images (already preprocessed), one CHW array per input.</summary>
    public float[][] Inputs()
    {
        var shape = Root.GetProperty("input_shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var flat = Floats(Root.GetProperty("input"));
        int per = shape[1] * shape[2] * shape[3];
        return Enumerable.Range(0, shape[0]).Select(i => flat.AsSpan(i * per, per).ToArray()).ToArray();
    }

    public double[] Vector(string name) => Doubles(Root.GetProperty(name));

    public double[][] Matrix(string name) => Rows(Root.GetProperty(name));

    public JsonElement Case(string name) => Root.GetProperty("cases").GetProperty(name);

    public static double[][] Rows(JsonElement element) => element.EnumerateArray().Select(Doubles).ToArray();

    public static double[] Doubles(JsonElement element) => element.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    static float[] Floats(JsonElement element) => element.EnumerateArray().Select(e => e.GetSingle()).ToArray();
}

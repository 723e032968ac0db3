using System.Text.Json;

namespace SocioRunner.Models.Tests.Losses;

/// <summary>Reads the Rank-N-Contrast reference vectors (PyTorch float64, loop formulation).</summary>
public static class RncReferenceVectors
{
    public sealed record Case(int Batch, int Dim, double Temperature, double[] Features, double[] Labels, double Loss, double[] Grad);

    /// <summary>Path from <c>SOCIO_RNC_REFERENCE</c> when set, else the copy in the test data folder.</summary>
    public static string PathToFile =>
        Environment.GetEnvironmentVariable("SOCIO_RNC_REFERENCE") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "Data", "rnc_vectors.json");

    public static IReadOnlyList<Case> Load()
    {
        using var stream = File.OpenRead(PathToFile);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new Case(
            c.GetProperty("batch").GetInt32(),
            c.GetProperty("dim").GetInt32(),
            c.GetProperty("temperature").GetDouble(),
            Doubles(c.GetProperty("features")),
            Doubles(c.GetProperty("labels")),
            c.GetProperty("loss").GetDouble(),
            Doubles(c.GetProperty("grad")))).ToList();
    }

    static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
}

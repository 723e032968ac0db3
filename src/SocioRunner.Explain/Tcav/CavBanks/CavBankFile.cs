using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocioRunner.Explain.Tcav.CavBanks;

/// <summary>
/// Reads and writes a layer's whole <see cref="CavBank"/> as <c>cavs/&lt;layer&gt;.json</c> (main CAVs, repeats, random
/// null and control, with raw directions, standardized weights and scores), so CAVs can be reused without retraining.
/// </summary>
public static class CavBankFile
{
    static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string RelativePath(string layer) => $"cavs/{layer}.json";

    public static void Write(string path, CavBank bank) => File.WriteAllText(path, JsonSerializer.Serialize(bank, Json));

    public static CavBank Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<CavBank>(File.ReadAllText(path), Json)
                ?? throw TcavErrors.EmptyCavFile(path);
        }
        catch (JsonException error)
        {
            throw TcavErrors.NotACavFile(path, error);
        }
    }
}

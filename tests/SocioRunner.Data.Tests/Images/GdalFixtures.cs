using System.Text.Json;

namespace SocioRunner.Data.Tests.Images;

/// <summary>The GDAL-written fixtures under <c>Fixtures/gdal</c> and what GDAL itself reads from them (<c>expected.json</c>,
/// made by <c>make_fixtures.sh</c>).</summary>
public static class GdalFixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "gdal");

    public static string File(string name) => Path.Combine(Folder, name);

    static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(System.IO.File.ReadAllText(File("expected.json"))).RootElement.GetProperty("fixtures").Clone());

    public static JsonElement ExpectedFor(string name) => Expected.Value.GetProperty(name);

    public static IEnumerable<string> Names(Func<JsonElement, bool>? where = null) =>
        Expected.Value.EnumerateObject().Where(p => where?.Invoke(p.Value) ?? true).Select(p => p.Name);
}

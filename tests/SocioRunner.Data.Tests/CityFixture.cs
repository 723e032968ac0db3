using SocioRunner.Data.SyntheticCity;

namespace SocioRunner.Data.Tests;

/// <summary>One small synthetic city shared by a test class (generated once, read-only).</summary>
public sealed class CityFixture : IDisposable
{
    readonly TempDirectory temp = new();

    public CityFixture()
    {
        Root = temp.Sub("city");
        Summary = SyntheticCityGenerator.Generate(new SyntheticCityOptions { Tiles = 150, FlairPatches = 64, VoidTiles = 4, MissingIncome = 3 }, Root, 11);
    }

    public string Root { get; }
    public SyntheticCitySummary Summary { get; }

    /// <summary>A writable copy of the income folder, for tests that damage it.</summary>
    public string CopyIncome(TempDirectory into)
    {
        string target = into.Sub("income");
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "income"), "*", SearchOption.AllDirectories))
        {
            string dest = Path.Combine(target, Path.GetRelativePath(Path.Combine(Root, "income"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
        return target;
    }

    public void Dispose() => temp.Dispose();
}

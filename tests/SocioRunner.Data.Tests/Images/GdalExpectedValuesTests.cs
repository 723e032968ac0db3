using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SocioRunner.Data.Tests.Images;

/// <summary>
/// Keeps <c>Fixtures/gdal/expected.json</c> honest: where Debian's python3-gdal is installed, GDAL itself re-reads the
/// committed fixtures and must report exactly the stored numbers (CI installs it: .ci/e2e). Skipped elsewhere.
/// </summary>
public sealed class GdalExpectedValuesTests
{
    const string Python = "/usr/bin/python3";

    [SkippableFact]
    public void The_stored_values_are_what_the_installed_GDAL_reads_from_the_fixtures()
    {
        Skip.IfNot(GdalPythonAvailable(), "python3-gdal is not installed (apt-get install -y python3-gdal)");

        string output = RunPython(Path.Combine(GdalFixtures.Folder, "expected.py"), GdalFixtures.Folder);

        var fresh = JsonNode.Parse(output)!["fixtures"]!;
        var stored = JsonNode.Parse(File.ReadAllText(GdalFixtures.File("expected.json")))!["fixtures"]!;
        Assert.True(JsonNode.DeepEquals(stored, fresh), $"GDAL now reads:\n{fresh}");
    }

    static bool GdalPythonAvailable()
    {
        if (!File.Exists(Python)) return false;
        try { RunPython("-c", "from osgeo import gdal"); return true; }
        catch (InvalidOperationException) { return false; }
    }

    static string RunPython(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"python3 {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout;
    }
}

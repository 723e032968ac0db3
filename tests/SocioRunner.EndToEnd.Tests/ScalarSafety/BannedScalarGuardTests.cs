using System.Diagnostics;
using System.Text.RegularExpressions;
using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.ScalarSafety;

/// <summary>
/// The build-time guard can fail: a throw-away project outside the repository, compiled with the repository's
/// BannedSymbols.txt and the same analyzer package, gets error RS0030 on exactly the lines that pass a number where
/// TorchSharp takes a Scalar (implicitly, through an operator, or through an API with a hidden temporary), and on none
/// of the lines written with held Scalars (docs/scalar-safety.md).
/// </summary>
public sealed partial class BannedScalarGuardTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-e2e-banned-").FullName;

    const string Violations = """
        using TorchSharp;
        static class Violations
        {
            public static void Run(torch.Tensor t, torch.Tensor u, double temperature)
            {
                t.add_(1.0);                       // line 6: implicit double -> Scalar
                var a = t.div(temperature);        // line 7: implicit double -> Scalar
                var b = t * 0.5;                   // line 8: operator with a hidden temporary
                var c = t + u;                     // line 9: add(Tensor) with a hidden alpha
                var d = t.clamp_min(1e-12);        // line 10: implicit double -> Scalar
                var e = t.ToSingle();              // line 11: reads through a temporary Scalar
            }
        }
        """;

    const string HeldScalars = """
        using TorchSharp;
        static class HeldScalars
        {
            static readonly Scalar One = 1.ToScalar();
            public static float Run(torch.Tensor t, torch.Tensor u, double temperature)
            {
                using var s = temperature.ToScalar();
                var a = t.div(s).add(u, One).clamp_min(s);
                return a.sum().item<float>();
            }
        }
        """;

    [Fact]
    public async Task Every_temporary_scalar_is_a_build_error_and_held_scalars_compile()
    {
        string repository = CliRunner.RepositoryRoot();
        string versions = File.ReadAllText(Path.Combine(repository, "Directory.Packages.props"));
        File.WriteAllText(Path.Combine(root, "Guard.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework><OutputType>Library</OutputType><Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>CS0219;CS8321;IDE0059</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TorchSharp" Version="{Version(versions, "TorchSharp-cpu")}" />
                <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="{Version(versions, "Microsoft.CodeAnalysis.BannedApiAnalyzers")}" PrivateAssets="all" />
                <AdditionalFiles Include="{Path.Combine(repository, "build", "ScalarSafety", "BannedSymbols.txt")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Violations.cs"), Violations);
        File.WriteAllText(Path.Combine(root, "HeldScalars.cs"), HeldScalars);

        var (exit, output) = await Build();

        Assert.True(exit != 0, output);
        var errors = ErrorLine().Matches(output).Select(m => (File: m.Groups["file"].Value, Line: int.Parse(m.Groups["line"].Value))).Distinct().ToList();
        Assert.DoesNotContain(errors, e => e.File == "HeldScalars.cs");
        Assert.Equal([6, 7, 8, 9, 10, 11], errors.Where(e => e.File == "Violations.cs").Select(e => e.Line).Order());
        Assert.Matches("Violations.cs\\(6,\\d+\\): error RS0030: The symbol 'Scalar.implicit operator Scalar\\(double\\)' is banned", output);
    }

    static string Version(string props, string package) =>
        Regex.Match(props, $"Include=\"{Regex.Escape(package)}\" Version=\"(?<v>[^\"]+)\"").Groups["v"].Value is { Length: > 0 } v
            ? v : throw new InvalidOperationException($"{package} has no central version");

    async Task<(int Exit, string Output)> Build()
    {
        var start = new ProcessStartInfo("dotnet", ["build", Path.Combine(root, "Guard.csproj"), "-nologo", "-v", "q", "-clp:NoSummary"])
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"(?<file>[A-Za-z]+\.cs)\((?<line>\d+),\d+\): error RS0030")]
    private static partial Regex ErrorLine();

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

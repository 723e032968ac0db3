namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>
/// One malformed input: <see cref="Arrange"/> writes the experiment (and any data fixture) into its own folder and
/// returns the command line; the run must end with exit code 2 and an error line containing every string of
/// <see cref="MustName"/> (the bad file with its position, and/or the dotted config key).
/// </summary>
public sealed record BadInputCase(string Name, Func<CaseFolder, string[]> Arrange, Func<CaseFolder, string[]> MustName)
{
    public override string ToString() => Name;
}

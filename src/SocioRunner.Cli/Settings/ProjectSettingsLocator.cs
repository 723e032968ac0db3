namespace SocioRunner.Cli.Settings;

/// <summary>
/// Finds the project settings file <c>socio.json</c>: in the experiment file's folder or the nearest parent, not
/// above the repository root (a folder holding <c>.git</c>) or the working folder, whichever comes first. Without an
/// experiment the search starts in the working folder. A folder outside both is searched alone, so a stray
/// <c>/socio.json</c> never applies to an unrelated experiment.
/// </summary>
public static class ProjectSettingsLocator
{
    public const string FileName = "socio.json";

    public static string? Find(string? experimentFile, string workingDirectory)
    {
        string cwd = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory));
        string start = experimentFile is null ? cwd : Path.GetDirectoryName(Path.GetFullPath(experimentFile)) ?? cwd;
        var chain = new List<string>();
        bool bounded = false;
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            chain.Add(folder.FullName);
            string path = Path.TrimEndingDirectorySeparator(folder.FullName);
            if (path == cwd || Directory.Exists(Path.Combine(path, ".git")) || File.Exists(Path.Combine(path, ".git")))
            {
                bounded = true;
                break;
            }
        }
        if (!bounded) chain = [start];
        return chain.Select(folder => Path.Combine(folder, FileName)).FirstOrDefault(File.Exists);
    }

    /// <summary>The folders searched, for <c>socio config</c> when nothing was found.</summary>
    public static string Describe(string? experimentFile, string workingDirectory) =>
        experimentFile is null
            ? $"searched from {Path.GetFullPath(workingDirectory)} up to the repository root"
            : $"searched from {Path.GetDirectoryName(Path.GetFullPath(experimentFile))} up to the repository root or {Path.GetFullPath(workingDirectory)}";
}

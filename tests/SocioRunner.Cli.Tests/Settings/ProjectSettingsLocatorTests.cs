using SocioRunner.Cli.Settings;

namespace SocioRunner.Cli.Tests.Settings;

public sealed class ProjectSettingsLocatorTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-locator-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    string Folder(params string[] parts) => Directory.CreateDirectory(Path.Combine([root, .. parts])).FullName;

    string Settings(string folder) { string path = Path.Combine(folder, "socio.json"); File.WriteAllText(path, "{}"); return path; }

    [Fact]
    public void The_nearest_file_above_the_experiment_wins()
    {
        string repo = Folder("repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Settings(repo);
        string nearer = Settings(Folder("repo", "experiments"));
        string experiment = Path.Combine(Folder("repo", "experiments", "ablations"), "x.yaml");

        Assert.Equal(nearer, ProjectSettingsLocator.Find(experiment, root));
    }

    [Fact]
    public void The_search_stops_at_the_repository_root()
    {
        Settings(root); // above the repository: not the project's
        string repo = Folder("repo");
        File.WriteAllText(Path.Combine(repo, ".git"), "gitdir: elsewhere"); // a worktree's .git is a file
        string experiment = Path.Combine(Folder("repo", "experiments"), "x.yaml");

        Assert.Null(ProjectSettingsLocator.Find(experiment, "/"));
        string atRoot = Settings(repo);
        Assert.Equal(atRoot, ProjectSettingsLocator.Find(experiment, "/"));
    }

    [Fact]
    public void The_search_stops_at_the_working_folder()
    {
        Settings(root);
        string work = Folder("work");
        string experiment = Path.Combine(Folder("work", "experiments"), "x.yaml");

        Assert.Null(ProjectSettingsLocator.Find(experiment, work));
        Assert.Equal(Path.Combine(root, "socio.json"), ProjectSettingsLocator.Find(experiment, root));
    }

    [Fact]
    public void Outside_any_repository_and_the_working_folder_only_the_experiments_folder_counts()
    {
        Settings(root);
        string lone = Folder("lone", "deeper");
        string experiment = Path.Combine(lone, "x.yaml");

        Assert.Null(ProjectSettingsLocator.Find(experiment, Folder("elsewhere")));
        string own = Settings(lone);
        Assert.Equal(own, ProjectSettingsLocator.Find(experiment, Folder("elsewhere")));
    }

    [Fact]
    public void Without_an_experiment_the_search_starts_in_the_working_folder()
    {
        string own = Settings(Folder("work"));
        Assert.Equal(own, ProjectSettingsLocator.Find(null, Path.Combine(root, "work")));
    }
}

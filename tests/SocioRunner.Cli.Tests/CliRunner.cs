using Spectre.Console;

namespace SocioRunner.Cli.Tests;

/// <summary>Runs the real command line in-process, capturing stdout and stderr. Console is global, so CLI tests never run in parallel.</summary>
public static class CliRunner
{
    static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The user settings folder every in-process run sees (empty unless a test writes socio/settings.json into it), so a developer's own settings never change a test.</summary>
    public static string UserConfigHome { get; } = Directory.CreateTempSubdirectory("socio-xdg-").FullName;

    public static Task<(int Exit, string Out, string Err)> Run(string workingDirectory, params string[] args) =>
        RunWithEnvironment(workingDirectory, new Dictionary<string, string?>(), args);

    /// <summary>Runs with extra environment variables, set only while this run holds the gate and restored afterwards.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        await Gate.WaitAsync();
        var (oldOut, oldErr, oldDir, oldAnsi) = (Console.Out, Console.Error, Environment.CurrentDirectory, AnsiConsole.Console);
        var variables = new Dictionary<string, string?>(environment) { ["CI"] = "1" };
        variables.TryAdd("XDG_CONFIG_HOME", UserConfigHome);
        var oldVariables = variables.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            // Spectre's console keeps the writer it was created with; give it this call's, as a pipe would see it.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
            });
            Environment.CurrentDirectory = workingDirectory;
            foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(name, value);
            int exit = await CliApp.RunAsync(args);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            AnsiConsole.Console = oldAnsi;
            Environment.CurrentDirectory = oldDir;
            foreach (var (name, value) in oldVariables) if (name != "CI") Environment.SetEnvironmentVariable(name, value);
            Gate.Release();
        }
    }

    /// <summary>
    /// Starts a child process under the same gate as the in-process runs. A run changes process-wide state for its
    /// duration (the working directory, PATH and other variables: a Slurm test sets PATH to a folder of stand-in tools
    /// only), and Process.Start resolves a bare program name against that PATH and hands the child that environment and
    /// working directory; a test in another class starting "true" mid-run failed with ENOENT (CliRunnerTests).
    /// </summary>
    public static System.Diagnostics.Process StartProcess(System.Diagnostics.ProcessStartInfo start)
    {
        Gate.Wait();
        try
        {
            return System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName}: no process started");
        }
        finally
        {
            Gate.Release();
        }
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SocioRunner.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

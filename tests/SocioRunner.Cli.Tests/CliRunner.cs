using Spectre.Console;

namespace SocioRunner.Cli.Tests;

/// <summary>Runs the real command line in-process, capturing stdout and stderr. Console is global, so CLI tests never run in parallel.</summary>
public static class CliRunner
{
    static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<(int Exit, string Out, string Err)> Run(string workingDirectory, params string[] args)
    {
        await Gate.WaitAsync();
        var (oldOut, oldErr, oldDir, oldAnsi) = (Console.Out, Console.Error, Environment.CurrentDirectory, AnsiConsole.Console);
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
            Environment.SetEnvironmentVariable("CI", "1");
            int exit = await CliApp.RunAsync(args);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            AnsiConsole.Console = oldAnsi;
            Environment.CurrentDirectory = oldDir;
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

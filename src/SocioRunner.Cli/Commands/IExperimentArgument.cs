namespace SocioRunner.Cli.Commands;

/// <summary>Command settings that name an experiment file; its folder is where the project settings file is looked for.</summary>
public interface IExperimentArgument
{
    string? ExperimentFile { get; }
}

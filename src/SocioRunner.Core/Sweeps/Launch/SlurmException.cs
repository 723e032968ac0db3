using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>Slurm refused or is missing (sbatch not found, a rejected partition): sbatch's own message, exit code 3.</summary>
public sealed class SlurmException(string message) : SocioException(message)
{
    public override int ExitCode => ExitCodes.NodeFailed;
}

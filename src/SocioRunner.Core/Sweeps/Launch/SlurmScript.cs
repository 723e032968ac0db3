using System.Text;

namespace SocioRunner.Core.Sweeps.Launch;

/// <summary>A readable job script: #SBATCH resources, then the plain socio command it runs. Written into the sweep's jobs/ folder.</summary>
public static class SlurmScript
{
    public static string Write(string path, string jobName, string output, SlurmOptions options, IReadOnlyList<string> command)
    {
        var text = new StringBuilder("#!/bin/bash\n");
        text.Append($"#SBATCH --job-name={jobName}\n#SBATCH --output={output}\n");
        if (options.Partition is { } partition) text.Append($"#SBATCH --partition={partition}\n");
        if (options.Time is { } time) text.Append($"#SBATCH --time={time}\n");
        if (options.Cpus is { } cpus) text.Append($"#SBATCH --cpus-per-task={cpus}\n");
        if (options.Mem is { } mem) text.Append($"#SBATCH --mem={mem}\n");
        if (options.Gpus is > 0) text.Append($"#SBATCH --gpus={options.Gpus}\n");
        foreach (string extra in options.Options) text.Append($"#SBATCH {extra}\n");
        text.Append("set -euo pipefail\n");
        text.Append($"cd {Quote(Environment.CurrentDirectory)}\n");
        text.Append("export SOCIO_CONSOLE=plain\n");
        text.Append("exec ").Append(string.Join(' ', command.Select(Quote))).Append('\n');
        File.WriteAllText(path, text.ToString());
        return path;
    }

    public static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>The folder one catalogue case writes its experiment file and data fixtures into.</summary>
public sealed class CaseFolder(string path)
{
    public string Path { get; } = Directory.CreateDirectory(path).FullName;

    public string Experiment => File("experiment.yaml");

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string text)
    {
        string file = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        string file = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>Writes an experiment whose nodes block is <paramref name="nodes"/> (indented by the caller) and returns <c>run &lt;file&gt;</c>.</summary>
    public string[] RunExperiment(string nodes, string name = "catalogue") =>
        ["run", Write("experiment.yaml", $"name: {name}\nseed: 7\ndevice: cpu\nnodes:\n{nodes}")];
}

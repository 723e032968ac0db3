using System.ComponentModel;
using SocioRunner.Core.Nodes;
using SocioRunner.Core.Options;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

[Description("Write a JSON Schema of experiment files (all node kinds and options) for editor autocompletion.")]
public sealed class SchemaCommand(NodeKindRegistry registry) : Command<SchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Write to this file instead of standard output")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        string json = ExperimentSchema.Generate(registry.All).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        if (settings.Out is null) Console.WriteLine(json);
        else
        {
            Core.Execution.AtomicFile.WriteAllText(settings.Out, json);
            Console.WriteLine($"wrote {settings.Out}; add '# yaml-language-server: $schema={settings.Out}' (path relative to the experiment file) as the first line of an experiment");
        }
        return 0;
    }
}

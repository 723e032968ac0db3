using System.ComponentModel;
using SocioRunner.Core.Errors;
using SocioRunner.Data.SyntheticCity;
using Spectre.Console.Cli;

namespace SocioRunner.Cli.Commands;

[Description("Write the synthetic city (income PNG tiles + census CSV, FLAIR image/mask TIFFs, ground truth) to a folder.")]
public sealed class SynthCommand : Command<SynthCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder to create (must not exist or be empty)")]
        public string Out { get; init; } = "";

        [CommandOption("--seed <N>")]
        [Description("Random seed (default 1); the same seed gives the same bytes")]
        public int Seed { get; init; } = 1;

        [CommandOption("--tiles <N>")]
        [Description("Number of outcome tiles (default 800; 20 to 1,000,000)")]
        public int? Tiles { get; init; }

        [CommandOption("--tile-size <PX>")]
        [Description("Tile side in pixels (default 40; 16 to 1024)")]
        public int? TileSize { get; init; }

        [CommandOption("--flair-patches <N>")]
        [Description("Number of FLAIR concept patches (default 350; 0 to 1,000,000)")]
        public int? FlairPatches { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Out) ? Spectre.Console.ValidationResult.Error("--out DIR is required") : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        string target = Path.GetFullPath(settings.Out);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
            throw new InvalidInputException($"{settings.Out}: already exists and is not empty; choose a new folder for --out");
        var defaults = new SyntheticCityOptions();
        var options = defaults with
        {
            Tiles = settings.Tiles ?? defaults.Tiles,
            TileSize = settings.TileSize ?? defaults.TileSize,
            FlairPatches = settings.FlairPatches ?? defaults.FlairPatches,
        };
        var problems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), problems, validateAllProperties: true))
            throw new InvalidInputException("synth: " + string.Join("; ", problems.Select(Describe)));
        // Generate beside the target and rename, so an interrupted synth leaves no half data set.
        string pending = target.TrimEnd('/') + $".partial-{Environment.ProcessId}";
        try
        {
            var summary = SyntheticCityGenerator.Generate(options, pending, settings.Seed, null, cancellation);
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(pending, target);
            Console.WriteLine($"wrote {target}: {summary.Tiles} tiles ({summary.LabelledTiles} labelled), {summary.FlairPatches} FLAIR patches, oracle R^2 {summary.OracleR2:0.000}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(pending)) Directory.Delete(pending, recursive: true);
        }
    }

    /// <summary>A range problem in the user's words: the flag they typed, not the C# property behind it.</summary>
    static string Describe(System.ComponentModel.DataAnnotations.ValidationResult problem)
    {
        string member = problem.MemberNames.FirstOrDefault() ?? "";
        string flag = member switch
        {
            nameof(SyntheticCityOptions.Tiles) => "--tiles",
            nameof(SyntheticCityOptions.TileSize) => "--tile-size",
            nameof(SyntheticCityOptions.FlairPatches) => "--flair-patches",
            _ => member,
        };
        string message = problem.ErrorMessage ?? "invalid";
        return message.Replace($"The field {member} ", $"{flag} ", StringComparison.Ordinal);
    }
}

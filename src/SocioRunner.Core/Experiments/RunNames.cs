using System.Text.RegularExpressions;

namespace SocioRunner.Core.Experiments;

/// <summary>Experiment names and node ids become folder names; only a safe character set is allowed (no '../').</summary>
public static partial class RunNames
{
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}$")]
    private static partial Regex SafeName();

    public static bool IsSafe(string name) => SafeName().IsMatch(name) && !name.Contains("..");
}

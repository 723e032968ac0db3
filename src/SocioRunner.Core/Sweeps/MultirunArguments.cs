using SocioRunner.Core.Errors;
using SocioRunner.Core.Experiments;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Sweeps;

/// <summary>
/// Hydra-style <c>--multirun --set path=a,b,c</c>: a comma-separated value (commas inside [], {} or quotes do not
/// count) becomes a sweep axis; a single value stays a plain override applied to every member.
/// </summary>
public static class MultirunArguments
{
    public static (IReadOnlyList<string> Fixed, IReadOnlyList<SweepAxis> Axes) Split(IReadOnlyList<string> sets, List<ConfigProblem> problems)
    {
        var fixedSets = new List<string>();
        var axes = new List<SweepAxis>();
        foreach (string setting in sets)
        {
            int eq = setting.IndexOf('=');
            var parts = eq > 0 ? SplitTopLevel(setting[(eq + 1)..]) : [];
            if (parts.Count < 2)
            {
                fixedSets.Add(setting);
                continue;
            }
            var location = SourceLocation.CommandLine(setting);
            var values = new List<YamlValue>();
            foreach (string part in parts)
            {
                if (part.Trim().Length == 0)
                {
                    problems.Add(new ConfigProblem(location, setting[..eq], "empty value in the comma-separated list"));
                    continue;
                }
                if (OverrideApplier.Parse($"{setting[..eq]}={part.Trim()}", problems) is { } parsed) values.Add(Relocate(parsed.Value, location));
            }
            if (values.Count > 0) axes.Add(new SweepAxis(setting[..eq].Trim(), values, location));
        }
        return (fixedSets, axes);
    }

    static YamlValue Relocate(YamlValue value, SourceLocation location) => value switch
    {
        YamlScalar s => s with { Location = location },
        YamlSequence q => q with { Location = location },
        YamlMapping m => m with { Location = location },
        _ => value,
    };

    static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            switch (c)
            {
                case '\'' or '"': quote = c; break;
                case '[' or '{': depth++; break;
                case ']' or '}': depth--; break;
                case ',' when depth == 0:
                    parts.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using SocioRunner.Core.Errors;
using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Experiments;

/// <summary>
/// Resolves <c>${env:VAR}</c>, <c>${env:VAR,default}</c> and <c>${nodes.&lt;id&gt;.&lt;key&gt;}</c> in scalar values.
/// A scalar that is exactly one <c>${nodes...}</c> reference takes the referenced value whole (lists too).
/// </summary>
public static partial class Interpolator
{
    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex Reference();

    public static YamlValue Resolve(YamlMapping root, Func<string, string?> environment, List<ConfigProblem> problems)
    {
        var context = new Context(root, environment, problems);
        return context.Visit(root, "");
    }

    sealed class Context(YamlMapping root, Func<string, string?> environment, List<ConfigProblem> problems)
    {
        readonly HashSet<string> resolving = [];

        public YamlValue Visit(YamlValue value, string path) => value switch
        {
            YamlScalar s => ResolveScalar(s, path),
            YamlSequence q => new YamlSequence(q.Location, q.Items.Select((item, i) => Visit(item, $"{path}[{i}]")).ToList()),
            YamlMapping m => new YamlMapping(m.Location, m.Entries.Select(e => new YamlEntry(e.Key, Visit(e.Value, Join(path, e.Key.Value)))).ToList()),
            _ => value,
        };

        static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

        YamlValue ResolveScalar(YamlScalar scalar, string path)
        {
            var matches = Reference().Matches(scalar.Value);
            if (matches.Count == 0) return scalar;
            if (matches.Count == 1 && matches[0].Length == scalar.Value.Length && matches[0].Groups[1].Value.StartsWith("nodes.", StringComparison.Ordinal))
                return LookupNode(matches[0].Groups[1].Value, scalar, path) ?? scalar with { Unresolved = true };
            var text = new StringBuilder();
            int last = 0;
            foreach (Match match in matches)
            {
                text.Append(scalar.Value, last, match.Index - last);
                string? replacement = Expand(match.Groups[1].Value, scalar, path);
                if (replacement is null) return scalar with { Unresolved = true };
                text.Append(replacement);
                last = match.Index + match.Length;
            }
            text.Append(scalar.Value, last, scalar.Value.Length - last);
            return scalar with { Value = text.ToString() };
        }

        string? Expand(string reference, YamlScalar scalar, string path)
        {
            if (reference.StartsWith("env:", StringComparison.Ordinal))
            {
                string body = reference[4..];
                int comma = body.IndexOf(',');
                string name = (comma >= 0 ? body[..comma] : body).Trim();
                string? value = environment(name);
                if (!string.IsNullOrEmpty(value)) return value;
                if (comma >= 0) return body[(comma + 1)..];
                problems.Add(new ConfigProblem(scalar.Location, path, $"environment variable {name} is not set (set it, or write ${{env:{name},default}})"));
                return null;
            }
            if (reference.StartsWith("nodes.", StringComparison.Ordinal))
                return LookupNode(reference, scalar, path) switch
                {
                    YamlScalar s => s.Value,
                    null => null,
                    _ => Fail(scalar, path, $"${{{reference}}} is a list or mapping and cannot be embedded in text"),
                };
            return Fail(scalar, path, $"unknown interpolation ${{{reference}}}; use ${{env:VAR}}, ${{env:VAR,default}} or ${{nodes.<id>.<key>}}");
        }

        string? Fail(YamlScalar scalar, string path, string message)
        {
            problems.Add(new ConfigProblem(scalar.Location, path, message));
            return null;
        }

        YamlValue? LookupNode(string reference, YamlScalar scalar, string path)
        {
            var segments = reference.Split('.');
            if (segments.Length < 3) { Fail(scalar, path, $"${{{reference}}} must name nodes.<id>.<key>"); return null; }
            if (!resolving.Add(reference)) { Fail(scalar, path, $"${{{reference}}} refers to itself through other references"); return null; }
            try
            {
                YamlValue? current = root["nodes"];
                foreach (var segment in segments[1..])
                {
                    current = current is YamlMapping m ? m[segment] : null;
                    if (current is null) { Fail(scalar, path, $"${{{reference}}}: '{segment}' is not set in the experiment file"); return null; }
                }
                return Visit(current!, reference);
            }
            finally { resolving.Remove(reference); }
        }
    }
}

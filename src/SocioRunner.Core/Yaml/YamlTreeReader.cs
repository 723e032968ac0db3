using SocioRunner.Core.Errors;
using SocioRunner.Core.Inputs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SocioRunner.Core.Yaml;

/// <summary>
/// Parses YAML text into a <see cref="YamlValue"/> tree, reporting syntax errors and duplicate keys with positions.
/// Nesting depth is checked before each recursive step and alias expansion is counted as it happens (an alias shares
/// its anchor's tree but costs its full size), so neither a deep nor a "billion laughs" file can exhaust the stack or
/// memory of the tools that walk the tree afterwards.
/// </summary>
public static class YamlTreeReader
{
    public static YamlValue? Read(string text, string file, ICollection<ConfigProblem> problems) => Read(text, file, problems, InputLimits.Default);

    public static YamlValue? Read(string text, string file, ICollection<ConfigProblem> problems, InputLimits limits)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            var state = new ReadState(parser, file, limits, problems);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            if (parser.Accept<DocumentEnd>(out _)) return null;
            var root = ReadValue(state, "", depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                problems.Add(new ConfigProblem(At(file, parser.Current!.Start), "", "more than one YAML document; an experiment file holds exactly one"));
            return root;
        }
        catch (YamlLimitException e)
        {
            problems.Add(new ConfigProblem(e.Location, "", e.Message));
            return null;
        }
        catch (YamlException e)
        {
            var location = At(file, e.End);
            if (FirstTabIndentedLine(text) is int tabLine && SyntaxMessage(e).Contains("tab")) location = new SourceLocation(file, tabLine, 1);
            problems.Add(new ConfigProblem(location, "", "YAML syntax error: " + SyntaxMessage(e)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this at end of input inside an unclosed flow collection.
            int lines = text.Split('\n').Length;
            problems.Add(new ConfigProblem(new SourceLocation(file, lines, 1), "", "YAML syntax error: unexpected end of file (an unclosed '[', '{' or quote?)"));
            return null;
        }
    }

    // The scanner reports a tab error at the start of the enclosing mapping; point at the tab itself.
    static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].TakeWhile(char.IsWhiteSpace).Contains('\t')) return i + 1;
        return null;
    }

    static string SyntaxMessage(YamlException e)
    {
        string message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: ...) - (...): "; we print the position ourselves.
        int cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) || message.Contains("\t"))
            message += " (YAML forbids tabs for indentation; use spaces)";
        return message.TrimEnd('.');
    }

    static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>What one read carries along: the parser, the anchors seen so far with their expanded sizes, the running count.</summary>
    sealed class ReadState(IParser parser, string file, InputLimits limits, ICollection<ConfigProblem> problems)
    {
        public IParser Parser { get; } = parser;
        public string File { get; } = file;
        public InputLimits Limits { get; } = limits;
        public ICollection<ConfigProblem> Problems { get; } = problems;
        public Dictionary<string, (YamlValue Value, long Size)> Anchors { get; } = [];
        public long Values { get; private set; }

        public void Count(long values, Mark at)
        {
            Values += values;
            if (Values > Limits.YamlMaxValues)
                throw new YamlLimitException(At(File, at),
                    $"more than {Limits.YamlMaxValues:N0} values once aliases are expanded (the limit: setting yaml_max_values, SOCIO_YAML_MAX_VALUES; a YAML \"billion laughs\"?)");
        }
    }

    sealed class YamlLimitException(SourceLocation location, string message) : Exception(message)
    {
        public SourceLocation Location { get; } = location;
    }

    static YamlValue ReadValue(ReadState state, string path, int depth)
    {
        var parser = state.Parser;
        string file = state.File;
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!state.Anchors.TryGetValue(alias.Value.Value, out var target))
                throw new YamlException(alias.Start, alias.End, $"unknown alias *{alias.Value.Value}");
            state.Count(target.Size, alias.Start);
            return target.Value;
        }
        long countBefore = state.Values;
        YamlValue value;
        NodeEvent start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            start = scalar;
            state.Count(1, scalar.Start);
            value = new YamlScalar(At(file, scalar.Start), scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            start = sequenceStart;
            Enter(state, depth, sequenceStart.Start);
            var items = new List<YamlValue>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(state, $"{path}[{items.Count}]", depth + 1));
            value = new YamlSequence(At(file, sequenceStart.Start), items);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            start = mappingStart;
            Enter(state, depth, mappingStart.Start);
            var entries = new List<YamlEntry>();
            var seen = new Dictionary<string, SourceLocation>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyValue = ReadValue(state, path, depth + 1);
                string entryPath = keyValue is YamlScalar k ? (path.Length == 0 ? k.Value : $"{path}.{k.Value}") : path;
                var entryValue = ReadValue(state, entryPath, depth + 1);
                if (keyValue is not YamlScalar key)
                {
                    state.Problems.Add(new ConfigProblem(keyValue.Location, "", "mapping keys must be plain scalars"));
                    continue;
                }
                if (seen.TryGetValue(key.Value, out var first))
                {
                    state.Problems.Add(new ConfigProblem(key.Location, entryPath, $"duplicate key '{key.Value}' (first defined at line {first.Line})"));
                    continue;
                }
                seen[key.Value] = key.Location;
                entries.Add(new YamlEntry(key, entryValue));
            }
            value = new YamlMapping(At(file, mappingStart.Start), entries);
        }
        if (!start.Anchor.IsEmpty) state.Anchors[start.Anchor.Value] = (value, state.Values - countBefore);
        return value;
    }

    /// <summary>Counts a collection and refuses to go deeper than the limit, before the recursion that would overflow the stack.</summary>
    static void Enter(ReadState state, int depth, Mark at)
    {
        state.Count(1, at);
        if (depth >= state.Limits.YamlMaxDepth)
            throw new YamlLimitException(At(state.File, at),
                $"nested more than {state.Limits.YamlMaxDepth} levels deep (the limit: setting yaml_max_depth, SOCIO_YAML_MAX_DEPTH)");
    }
}

using SocioRunner.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SocioRunner.Core.Yaml;

/// <summary>Parses YAML text into a <see cref="YamlValue"/> tree, reporting syntax errors and duplicate keys with positions.</summary>
public static class YamlTreeReader
{
    public static YamlValue? Read(string text, string file, ICollection<ConfigProblem> problems)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            var anchors = new Dictionary<string, YamlValue>();
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            if (parser.Accept<DocumentEnd>(out _)) return null;
            var root = ReadValue(parser, file, "", anchors, problems);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                problems.Add(new ConfigProblem(At(file, parser.Current!.Start), "", "more than one YAML document; an experiment file holds exactly one"));
            return root;
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

    static YamlValue ReadValue(IParser parser, string file, string path, Dictionary<string, YamlValue> anchors, ICollection<ConfigProblem> problems)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target)) return target;
            throw new YamlException(alias.Start, alias.End, $"unknown alias *{alias.Value.Value}");
        }
        YamlValue value;
        NodeEvent start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            start = scalar;
            value = new YamlScalar(At(file, scalar.Start), scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            start = sequenceStart;
            var items = new List<YamlValue>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(parser, file, $"{path}[{items.Count}]", anchors, problems));
            value = new YamlSequence(At(file, sequenceStart.Start), items);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            start = mappingStart;
            var entries = new List<YamlEntry>();
            var seen = new Dictionary<string, SourceLocation>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyValue = ReadValue(parser, file, path, anchors, problems);
                string entryPath = keyValue is YamlScalar k ? (path.Length == 0 ? k.Value : $"{path}.{k.Value}") : path;
                var entryValue = ReadValue(parser, file, entryPath, anchors, problems);
                if (keyValue is not YamlScalar key)
                {
                    problems.Add(new ConfigProblem(keyValue.Location, "", "mapping keys must be plain scalars"));
                    continue;
                }
                if (seen.TryGetValue(key.Value, out var first))
                {
                    problems.Add(new ConfigProblem(key.Location, entryPath, $"duplicate key '{key.Value}' (first defined at line {first.Line})"));
                    continue;
                }
                seen[key.Value] = key.Location;
                entries.Add(new YamlEntry(key, entryValue));
            }
            value = new YamlMapping(At(file, mappingStart.Start), entries);
        }
        if (!start.Anchor.IsEmpty) anchors[start.Anchor.Value] = value;
        return value;
    }
}

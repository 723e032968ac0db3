using SocioRunner.Core.Experiments;

namespace SocioRunner.Core.Nodes;

/// <summary>The closed set of node kinds, keyed by name. YAML never names a CLR type.</summary>
public sealed class NodeKindRegistry
{
    readonly Dictionary<string, INodeKind> kinds;

    public NodeKindRegistry(IEnumerable<INodeKind> kinds)
    {
        this.kinds = new Dictionary<string, INodeKind>(StringComparer.Ordinal);
        foreach (var kind in kinds)
            if (!this.kinds.TryAdd(kind.Name, kind))
                throw new InvalidOperationException($"node kind '{kind.Name}' is registered twice");
    }

    public IReadOnlyCollection<INodeKind> All => kinds.Values.OrderBy(k => k.Name, StringComparer.Ordinal).ToList();

    public INodeKind? Find(string name) => kinds.GetValueOrDefault(name);

    public string UnknownKindMessage(string name) =>
        $"unknown node kind '{name}'{Suggest.DidYouMean(name, kinds.Keys)}; registered kinds: {string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal))}";
}

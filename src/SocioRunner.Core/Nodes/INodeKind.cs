namespace SocioRunner.Core.Nodes;

/// <summary>
/// A registered node kind (<c>train/rnc</c>, ...). Implement <see cref="NodeKind{TOptions}"/> rather than this interface:
/// the base class binds and validates typed options.
/// </summary>
public interface INodeKind
{
    /// <summary>The kebab-case name used as <c>kind:</c> in YAML.</summary>
    string Name { get; }

    /// <summary>Bump when the kind's behaviour changes; it is part of every cache key, so old artifacts are not reused.</summary>
    int Version { get; }

    string Description { get; }

    IReadOnlyList<InputSlot> Inputs { get; }

    string OutputType { get; }

    /// <summary>False for nodes that must run every time (the report shows this run's timings).</summary>
    bool Cacheable { get; }

    Type OptionsType { get; }

    /// <summary>Cross-field checks beyond attributes, each naming the option key it is about.</summary>
    IEnumerable<OptionProblem> Validate(object options);

    /// <summary>Checks that need to know which optional inputs are connected (e.g. "set 'root' or connect 'raw'"); run by <c>validate</c>.</summary>
    IEnumerable<OptionProblem> ValidateWiring(object options, IReadOnlySet<string> connectedInputs);

    /// <summary>Extra text for the cache key describing external state the options point at (e.g. a dataset folder's file list, sizes and times).</summary>
    string? ExternalFingerprint(object options);

    Task ExecuteAsync(NodeContext context, object options);
}

namespace SocioRunner.Core.Nodes;

/// <summary>Base class of every node kind: typed options (a record with defaults and validation attributes) in, one artifact out.</summary>
public abstract class NodeKind<TOptions> : INodeKind where TOptions : class, new()
{
    public abstract string Name { get; }

    public virtual int Version => 1;

    public abstract string Description { get; }

    public abstract IReadOnlyList<InputSlot> Inputs { get; }

    public abstract string OutputType { get; }

    public virtual bool Cacheable => true;

    public Type OptionsType => typeof(TOptions);

    public IEnumerable<OptionProblem> Validate(object options) => Validate((TOptions)options);

    public IEnumerable<OptionProblem> ValidateWiring(object options, IReadOnlySet<string> connectedInputs) => ValidateWiring((TOptions)options, connectedInputs);

    public string? ExternalFingerprint(object options) => ExternalFingerprint((TOptions)options);

    public Task ExecuteAsync(NodeContext context, object options) => ExecuteAsync(context, (TOptions)options);

    protected virtual IEnumerable<OptionProblem> Validate(TOptions options) => [];

    protected virtual IEnumerable<OptionProblem> ValidateWiring(TOptions options, IReadOnlySet<string> connectedInputs) => [];

    protected virtual string? ExternalFingerprint(TOptions options) => null;

    /// <summary>Do the work: read inputs through <paramref name="context"/>, write files into <see cref="NodeContext.OutputDirectory"/>.</summary>
    protected abstract Task ExecuteAsync(NodeContext context, TOptions options);
}

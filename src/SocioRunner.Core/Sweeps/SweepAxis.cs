using SocioRunner.Core.Yaml;

namespace SocioRunner.Core.Sweeps;

/// <summary>One swept path and its values, e.g. <c>nodes.pretrain.temperature: [0.5, 2, 8]</c>; each value keeps its position.</summary>
public sealed record SweepAxis(string Path, IReadOnlyList<YamlValue> Values, SourceLocation Location);

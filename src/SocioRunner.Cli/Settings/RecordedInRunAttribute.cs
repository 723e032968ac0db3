namespace SocioRunner.Cli.Settings;

/// <summary>
/// A setting that can change what a run computes or accepts (device, threads, input limits): its value and where it
/// came from are recorded in each run's run.json (<c>settings</c>), so a result can be traced to the layers behind it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RecordedInRunAttribute : Attribute;

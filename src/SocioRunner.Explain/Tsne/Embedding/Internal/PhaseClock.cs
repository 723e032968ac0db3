using System.Diagnostics;

namespace SocioRunner.Explain.Tsne.Embedding.Internal;

/// <summary>
/// Process CPU time and wall time per named phase, for profiling the t-SNE objectives (bench tsne-profile); CPU time
/// because the project machine is shared and wall time alone says little there. <see cref="Lap"/> charges the time
/// since the previous lap to a phase.
/// </summary>
internal sealed class PhaseClock
{
    private readonly Dictionary<string, (TimeSpan Cpu, TimeSpan Wall, int Count)> _phases = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _lastCpu = Environment.CpuUsage.TotalTime;
    private TimeSpan _lastWall;

    public IReadOnlyDictionary<string, (TimeSpan Cpu, TimeSpan Wall, int Count)> Phases => _phases;

    /// <summary>Starts a new lap without charging the time since the last one.</summary>
    public void Restart()
    {
        _lastCpu = Environment.CpuUsage.TotalTime;
        _lastWall = _wall.Elapsed;
    }

    public void Lap(string phase)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = _wall.Elapsed;
        var (totalCpu, totalWall, count) = _phases.GetValueOrDefault(phase);
        _phases[phase] = (totalCpu + cpu - _lastCpu, totalWall + wall - _lastWall, count + 1);
        _lastCpu = cpu;
        _lastWall = wall;
    }
}

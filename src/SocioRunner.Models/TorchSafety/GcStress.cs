namespace SocioRunner.Models.TorchSafety;

/// <summary>
/// A background thread that forces full garbage collections and runs pending finalizers in a tight loop, so any
/// TorchSharp <c>Scalar</c> (or tensor) that is unreachable while native code still reads it gets freed at once
/// instead of once in a few hundred runs. Used by the scalar-lifetime stress tests and by the CLI when
/// <c>SOCIO_GC_STRESS=1</c> (docs/scalar-safety.md). Results must not change under it.
/// </summary>
public sealed class GcStress : IDisposable
{
    /// <summary>The environment variable the CLI reads: <c>1</c> starts a <see cref="GcStress"/> for the whole run.</summary>
    public const string EnvironmentVariable = "SOCIO_GC_STRESS";

    readonly Thread thread;
    volatile bool stopping;
    long collections;

    public GcStress(TimeSpan? pause = null)
    {
        int pauseMs = (int)(pause ?? TimeSpan.FromMilliseconds(1)).TotalMilliseconds;
        thread = new Thread(() =>
        {
            while (!stopping)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                Interlocked.Increment(ref collections);
                Thread.Sleep(pauseMs);
            }
        })
        { IsBackground = true, Name = "socio-gc-stress" };
        thread.Start();
    }

    /// <summary>Forced collections so far (a test can check the stress really ran).</summary>
    public long Collections => Interlocked.Read(ref collections);

    /// <summary>True when <see cref="EnvironmentVariable"/> is <c>1</c>.</summary>
    public static bool RequestedByEnvironment() => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    public void Dispose()
    {
        stopping = true;
        thread.Join();
    }
}

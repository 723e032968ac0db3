namespace SocioRunner.Core.Artifacts;

/// <summary>
/// How lock and lease files stay alive: the holder touches them every <see cref="Heartbeat"/>; one whose last
/// touch is older than <see cref="StaleAfter"/> belongs to a dead holder (killed job, lost machine) and may be
/// taken over. StaleAfter must be several heartbeats, so a busy file server's delays never look like death.
/// </summary>
public sealed record LockTiming(TimeSpan Heartbeat, TimeSpan StaleAfter)
{
    public static readonly LockTiming Default = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(90));

    /// <summary>The default, or SOCIO_LOCK_STALE_SECONDS (heartbeat a sixth of it) for clusters with slow shared file systems.</summary>
    public static LockTiming FromEnvironment(Func<string, string?> environment)
    {
        if (!double.TryParse(environment("SOCIO_LOCK_STALE_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out double stale) || stale <= 0)
            return Default;
        return new LockTiming(TimeSpan.FromSeconds(Math.Max(0.2, stale / 6)), TimeSpan.FromSeconds(stale));
    }
}

using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Artifacts;

/// <summary>An artifact stayed locked by another run for longer than the run was told to wait (--lock-timeout). Exit code 4.</summary>
public sealed class CacheBusyException(string message) : SocioException(message)
{
    public override int ExitCode => ExitCodes.CacheBusy;
}

using System.Diagnostics;
using SocioRunner.Cli.Tests;

namespace SocioRunner.EndToEnd.Tests.Faults;

/// <summary>
/// A real full disk: the cache lives on a 300 KB tmpfs (needs root, or a container allowed to mount; elsewhere the
/// test reports itself skipped — the injected ENOSPC test in SocioRunner.Core.Tests covers the same path everywhere). The node writing tiles fails
/// with a clear message and exit code 3; nothing appears under objects/ and its half output is removed from tmp/.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class DiskFullTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("socio-e2e-full-").FullName;

    string Disk => Path.Combine(root, "disk");

    [SkippableFact]
    public async Task A_full_disk_fails_the_node_clearly_and_leaves_no_artifact()
    {
        string? mountError = Mount();
        Skip.If(mountError is not null, $"a 300 KB tmpfs could not be mounted ({mountError}); Core's DiskFullTests inject ENOSPC instead");
        string cache = Path.Combine(Disk, "cache");
        string experiment = Path.Combine(root, "full.yaml");
        File.WriteAllText(experiment, "name: full\nseed: 1\ndevice: cpu\nnodes:\n  city: { kind: dataset/synthetic-city, tiles: 400, flair_patches: 0 }\n");

        var (exit, stdout, stderr) = await CliRunner.Run(root, "run", experiment, "--cache", cache);

        Assert.True(exit == 3, stdout + stderr);
        string error = Assert.Single(stderr.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("node 'city' failed: No space left on device", error);
        Assert.Contains("is full: free space or point --cache elsewhere", error);
        Assert.DoesNotContain("One or more errors occurred", error);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(Path.Combine(cache, "objects")) && Directory.EnumerateFileSystemEntries(Path.Combine(cache, "objects")).Any());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(cache, "tmp")));
    }

    /// <summary>Mounts the tmpfs; null when mounted, else why not (not root, no CAP_SYS_ADMIN in a container, no mount).</summary>
    string? Mount()
    {
        Directory.CreateDirectory(Disk);
        try
        {
            using var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", "size=300k", "tmpfs", Disk])
                { UseShellExecute = false, RedirectStandardError = true });
            if (mount is null) return "mount did not start";
            string error = mount.StandardError.ReadToEnd().Trim();
            mount.WaitForExit();
            return mount.ExitCode == 0 ? null : $"mount exited with {mount.ExitCode}: {error}";
        }
        catch (System.ComponentModel.Win32Exception e) { return e.Message; }
    }

    public void Dispose()
    {
        try { using var umount = Process.Start(new ProcessStartInfo("umount", [Disk]) { UseShellExecute = false, RedirectStandardError = true }); umount?.WaitForExit(); }
        catch (System.ComponentModel.Win32Exception) { }
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

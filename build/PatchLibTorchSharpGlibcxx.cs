// MSBuild inline task (RoslynCodeTaskFactory) used by TorchSharpNativePatch.targets.
// Marks the "GLIBCXX_3.4.32" version requirement of libLibTorchSharp.so as weak (VER_FLG_WEAK)
// so the library loads against an older libstdc++ (Debian 12: up to GLIBCXX_3.4.30).
// Pure managed ELF edit: no python/patchelf needed on build machines.
// Compiled by the task factory against netstandard: no Span, no nullable annotations, no File.Move(overwrite).
using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public class PatchLibTorchSharpGlibcxx : Task
{
    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    const string Needed = "GLIBCXX_3.4.32";
    const ushort VerFlgWeak = 2;
    const uint ShtGnuVerneed = 0x6ffffffe;
    bool? _systemHasNeeded; // looked up lazily, once per task run

    public override bool Execute()
    {
        foreach (var item in Files)
        {
            var path = item.GetMetadata("FullPath");
            try { PatchOne(path); }
            catch (Exception e) { Log.LogWarning("TorchSharp native patch skipped for {0}: {1}", path, e.Message); }
        }
        return !Log.HasLoggedErrors;
    }

    void PatchOne(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int flagsOffset = FindVernauxFlagsOffset(bytes, Needed);
        if (flagsOffset < 0) return; // this build of the library does not need GLIBCXX_3.4.32
        ushort flags = BitConverter.ToUInt16(bytes, flagsOffset);
        if ((flags & VerFlgWeak) != 0) return; // already patched: keep the file untouched (incremental)
        _systemHasNeeded ??= SystemLibstdcxxHas(Needed);
        if (_systemHasNeeded.Value) return; // newer libstdc++ (Debian 13, Ubuntu 24.04): no patch needed

        BitConverter.GetBytes((ushort)(flags | VerFlgWeak)).CopyTo(bytes, flagsOffset);
        // Write a new file and rename it over the old one: never writes through a hard link or
        // symlink into ~/.nuget/packages, and a process that has the old file mapped keeps its inode.
        // Keep the original timestamp so MSBuild's SkipUnchangedFiles copy does not re-copy the
        // unpatched file on every build (same size + same time => "unchanged").
        var time = File.GetLastWriteTimeUtc(path);
        var tmp = path + ".patching";
        File.WriteAllBytes(tmp, bytes);
        File.SetLastWriteTimeUtc(tmp, time);
        File.Replace(tmp, path, null); // rename(2) on Unix
        Log.LogMessage(MessageImportance.Normal, "Marked {0} weak in {1}", Needed, path);
    }

    // Returns the file offset of vna_flags of the Vernaux entry named `name`, or -1.
    // ELF64 little-endian only (what TorchSharp ships for linux-x64).
    static int FindVernauxFlagsOffset(byte[] b, string name)
    {
        if (b.Length < 64 || b[0] != 0x7f || b[1] != (byte)'E' || b[2] != (byte)'L' || b[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (b[4] != 2 || b[5] != 1) throw new InvalidDataException("not ELF64 little-endian");
        long shoff = BitConverter.ToInt64(b, 0x28);
        int shentsize = BitConverter.ToUInt16(b, 0x3A), shnum = BitConverter.ToUInt16(b, 0x3C);
        for (int i = 0; i < shnum; i++)
        {
            long sh = shoff + (long)i * shentsize;
            if (BitConverter.ToUInt32(b, (int)sh + 4) != ShtGnuVerneed) continue; // .gnu.version_r
            long secOff = BitConverter.ToInt64(b, (int)sh + 24);
            uint link = BitConverter.ToUInt32(b, (int)sh + 40);   // sh_link -> string table (.dynstr)
            uint count = BitConverter.ToUInt32(b, (int)sh + 44);  // sh_info = number of Verneed entries
            long strOff = BitConverter.ToInt64(b, (int)(shoff + (long)link * shentsize) + 24);
            long vn = secOff;
            for (uint n = 0; n < count; n++)
            {
                ushort vnCnt = BitConverter.ToUInt16(b, (int)vn + 2);
                long aux = vn + BitConverter.ToUInt32(b, (int)vn + 8);
                for (int a = 0; a < vnCnt; a++)
                {
                    uint vnaName = BitConverter.ToUInt32(b, (int)aux + 8);
                    if (CString(b, strOff + vnaName) == name) return (int)aux + 4;
                    uint vnaNext = BitConverter.ToUInt32(b, (int)aux + 12);
                    if (vnaNext == 0) break;
                    aux += vnaNext;
                }
                uint vnNext = BitConverter.ToUInt32(b, (int)vn + 12);
                if (vnNext == 0) break;
                vn += vnNext;
            }
        }
        return -1;
    }

    static string CString(byte[] b, long off)
    {
        int end = (int)off;
        while (end < b.Length && b[end] != 0) end++;
        return Encoding.ASCII.GetString(b, (int)off, end - (int)off);
    }

    // True if the libstdc++.so.6 the dynamic loader would pick defines version `name`.
    // If none is found we return false (patch): a weak version requirement is harmless.
    static bool SystemLibstdcxxHas(string name)
    {
        var lib = FindLibstdcxx();
        if (lib == null) return false;
        var hay = File.ReadAllBytes(lib);
        var needle = Encoding.ASCII.GetBytes(name + "\0"); // NUL avoids matching e.g. GLIBCXX_3.4.320
        for (int i = 0; i + needle.Length <= hay.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && hay[i + j] == needle[j]) j++;
            if (j == needle.Length) return true;
        }
        return false;
    }

    static string FindLibstdcxx()
    {
        foreach (var dir in new[] { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64",
                                    "/usr/lib/aarch64-linux-gnu", "/usr/lib" })
        {
            var p = Path.Combine(dir, "libstdc++.so.6");
            if (File.Exists(p)) return p;
        }
        try
        {   // Fallback for unusual layouts: ask the loader cache.
            var psi = new ProcessStartInfo("ldconfig", "-p") { RedirectStandardOutput = true, UseShellExecute = false };
            using var proc = Process.Start(psi)!;
            string output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            foreach (var line in output.Split('\n'))
            {
                int arrow = line.IndexOf("=> ", StringComparison.Ordinal);
                if (line.TrimStart().StartsWith("libstdc++.so.6 ", StringComparison.Ordinal) && arrow > 0)
                    return line.Substring(arrow + 3).Trim();
            }
        }
        catch (Exception) { /* no ldconfig: treat as not found */ }
        return null;
    }
}

using System.Globalization;

namespace SocioRunner.Data.Internal;

/// <summary>Cheap fingerprint of a user data folder for the cache key: file count, total size, newest write time.</summary>
internal static class FolderFingerprint
{
    public static string? Of(string? root)
    {
        if (string.IsNullOrWhiteSpace(root) || !Directory.Exists(root)) return root is null ? null : $"missing:{root}";
        long count = 0, size = 0, newest = 0;
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            count++; size += file.Length; newest = Math.Max(newest, file.LastWriteTimeUtc.Ticks);
        }
        return string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(root)}|{count}|{size}|{newest}");
    }
}

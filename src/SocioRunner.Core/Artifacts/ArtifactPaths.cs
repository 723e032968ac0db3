namespace SocioRunner.Core.Artifacts;

/// <summary>
/// Paths written inside artifacts, kept relative so that a cache folder can move (or be copied to another machine)
/// and still be read. An artifact's files folder is always three levels below the cache root
/// (<c>&lt;cache&gt;/objects/&lt;key&gt;/files</c>, and <c>&lt;cache&gt;/tmp/&lt;name&gt;/files</c> while it is written), so a path
/// relative to the folder being written resolves identically once the artifact is moved into <c>objects/</c>.
/// </summary>
public static class ArtifactPaths
{
    /// <summary>How far above an artifact's files folder the cache root is.</summary>
    public const int LevelsToCacheRoot = 3;

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="artifactFolder"/> when it lies in the same cache (another
    /// artifact, or this one); otherwise null (data outside the cache, which does not move with it).
    /// </summary>
    public static string? RelativeInCache(string artifactFolder, string path)
    {
        if (!InStoreLayout(artifactFolder)) return null;
        string relative = Path.GetRelativePath(Path.GetFullPath(artifactFolder), Path.GetFullPath(path));
        if (Path.IsPathRooted(relative)) return null;
        int up = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).TakeWhile(s => s == "..").Count();
        return up <= LevelsToCacheRoot ? relative.Replace(Path.DirectorySeparatorChar, '/') : null;
    }

    /// <summary>Whether <paramref name="folder"/> is an artifact's files folder in a store (<c>objects|tmp/&lt;name&gt;/files</c>).</summary>
    static bool InStoreLayout(string folder)
    {
        var full = new DirectoryInfo(Path.GetFullPath(folder));
        return full.Name == "files" && full.Parent?.Parent?.Name is "objects" or "tmp";
    }

    /// <summary><paramref name="path"/> relative to <paramref name="root"/> when it lies under it, otherwise null.</summary>
    public static string? RelativeUnder(string root, string path)
    {
        string relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal) ? null : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}

namespace SocioRunner.Reports.Rendering;

/// <summary>
/// Writes a file by unlinking the old one first. Files in a run folder are hard links into the artifact cache;
/// truncating one in place would silently change the cached artifact, so a re-rendered report must break the link.
/// </summary>
internal static class ReplaceFile
{
    public static void WriteAllText(string path, string content)
    {
        Unlink(path);
        File.WriteAllText(path, content);
    }

    public static void Unlink(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }
}

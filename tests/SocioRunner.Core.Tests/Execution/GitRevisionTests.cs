using SocioRunner.Core.Execution;

namespace SocioRunner.Core.Tests.Execution;

/// <summary>The commit recorded in run.json, read from .git files without spawning git.</summary>
public sealed class GitRevisionTests : IDisposable
{
    const string Sha = "0123456789abcdef0123456789abcdef01234567";
    readonly string root = Directory.CreateTempSubdirectory("socio-git-").FullName;

    string Write(string relative, string text)
    {
        string path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    string Nested => Directory.CreateDirectory(Path.Combine(root, "experiments", "deep")).FullName;

    [Fact]
    public void Loose_branch_ref_is_read_from_a_sub_folder()
    {
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write(".git/refs/heads/main", Sha + "\n");
        Assert.Equal(Sha, GitRevision.Of(Nested));
    }

    [Fact]
    public void Packed_ref_and_detached_head_are_read()
    {
        Write(".git/HEAD", "ref: refs/heads/release\n");
        Write(".git/packed-refs", $"# pack-refs with: peeled fully-peeled sorted\n{Sha} refs/heads/release\n");
        Assert.Equal(Sha, GitRevision.Of(Nested));
        Write(".git/HEAD", Sha.Replace('0', 'f') + "\n");
        Assert.Equal(Sha.Replace('0', 'f'), GitRevision.Of(Nested));
    }

    [Fact]
    public void A_worktree_follows_its_gitdir_file_and_commondir()
    {
        Write("main/.git/refs/heads/feature", Sha);
        Write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/feature");
        Write("main/.git/worktrees/wt/commondir", "../..");
        Write("wt/.git", $"gitdir: {Path.Combine(root, "main", ".git", "worktrees", "wt")}\n");
        Assert.Equal(Sha, GitRevision.Of(Path.Combine(root, "wt")));
    }

    [Fact]
    public void Outside_a_repository_there_is_no_commit() => Assert.Null(GitRevision.Of(root));

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

namespace RoleModel.Cli.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_Succeeding_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        using var file = new TemporaryFile("old"u8.ToArray());

        AtomicFile.Write(file.Path, stream => stream.Write("new"u8));

        File.ReadAllText(file.Path).Should().Be("new");
        Directory.GetFiles(file.Folder).Should().ContainSingle();
    }

    [Fact]
    public void Write_FailingHalfway_LeavesTheExistingFileUntouched()
    {
        using var file = new TemporaryFile("old"u8.ToArray());

        var write = () => AtomicFile.Write(file.Path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        });

        write.Should().Throw<IOException>();
        File.ReadAllText(file.Path).Should().Be("old");
        Directory.GetFiles(file.Folder).Should().ContainSingle();
    }

    [Fact]
    public void Write_IntoMissingFolder_IsAUsageError() =>
        FluentActions.Invoking(() => AtomicFile.Write(Path.Combine(Path.GetTempPath(), "no-such-folder-rm", "out.json"), _ => { }))
            .Should().Throw<UsageException>().WithMessage("*folder*does not exist*");

    [Fact]
    public void Write_AfterAKilledWrite_DeletesItsStaleTemporaryFile()
    {
        using var file = new TemporaryFile("old"u8.ToArray(), "out.json");
        var stale = Temporary(file, "out.json", age: TimeSpan.FromHours(1));

        AtomicFile.Write(file.Path, stream => stream.Write("new"u8));

        File.Exists(stale).Should().BeFalse("a killed write leaves no stray file once the next write succeeds");
        Directory.GetFiles(file.Folder).Should().ContainSingle().Which.Should().Be(file.Path);
    }

    [Fact]
    public void Write_KeepsTemporaryFilesOfRunningWritesAndOfOtherTargets()
    {
        using var file = new TemporaryFile("old"u8.ToArray(), "out.json");
        var fresh = Temporary(file, "out.json", age: TimeSpan.Zero);
        var held = Temporary(file, "out.json", age: TimeSpan.FromHours(1));
        var other = Temporary(file, "other.json", age: TimeSpan.FromHours(1));
        var notOurs = Path.Combine(file.Folder, ".out.json.backup.tmp");
        File.WriteAllText(notOurs, "x");
        File.SetLastWriteTimeUtc(notOurs, DateTime.UtcNow.AddHours(-1));

        using (new FileStream(held, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            AtomicFile.Write(file.Path, stream => stream.Write("new"u8));
        }

        File.Exists(fresh).Should().BeTrue("a write may be running");
        File.Exists(held).Should().BeTrue("a running write holds its file");
        File.Exists(other).Should().BeTrue("it belongs to another target");
        File.Exists(notOurs).Should().BeTrue("its name is not one this class makes");
    }

    [Fact]
    public void Write_BelowARegularFile_SaysThatItIsAFile()
    {
        using var file = new TemporaryFile("x"u8.ToArray(), "notes.txt");

        FluentActions.Invoking(() => AtomicFile.Write(Path.Combine(file.Path, "sub", "x.json"), _ => { }))
            .Should().Throw<UsageException>().WithMessage($"cannot write '*x.json': '{file.Path}' is a file, not a folder.");
    }

    private static string Temporary(TemporaryFile file, string target, TimeSpan age)
    {
        var path = Path.Combine(file.Folder, $".{target}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(path, "partial");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}

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
}

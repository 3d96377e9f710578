using RoleModel.Discovery.Training.CommandLine;

namespace RoleModel.Discovery.Training.Tests;

/// <summary>What <see cref="TrainCommand"/> refuses before it trains (nothing here loads LibTorch).</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemodel-train-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Run_VectorsAndOutTheSameFile_IsRefused_AndWritesNothing()
    {
        var file = Path.Combine(folder, "layers.bin");

        var act = () => TrainCommand.Run(["--onet", folder, "--out", file, "--vectors", file], TextWriter.Null);

        act.Should().Throw<UsageException>().WithMessage("The options '--vectors' and '--out' name the same file '*layers.bin'*");
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public void Run_VectorsFolderMissing_IsRefused()
    {
        var act = () => TrainCommand.Run(["--onet", folder, "--out", Path.Combine(folder, "layers.bin"), "--vectors", Path.Combine(folder, "missing", "v.json")], TextWriter.Null);

        act.Should().Throw<UsageException>().WithMessage("The folder of the output file '*v.json' does not exist.");
    }

    [Fact]
    public void Run_HardNegativesOtherThanZeroOrOne_IsRefused_AndWritesNothing()
    {
        var act = () => TrainCommand.Run(["--onet", folder, "--hard-negatives", "2", "--out", Path.Combine(folder, "layers.bin")], TextWriter.Null);

        act.Should().Throw<UsageException>().WithMessage("*'--hard-negatives'*0*1*");
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }
}

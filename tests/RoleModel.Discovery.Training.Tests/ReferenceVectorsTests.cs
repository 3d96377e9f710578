using System.Text.Json;
using RoleModel.Discovery.Training.Output;

namespace RoleModel.Discovery.Training.Tests;

public sealed class ReferenceVectorsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemodel-vectors-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Write_GivesOneMemberPerText_WithItsVectorExactly()
    {
        var path = Path.Combine(folder, "reference.json");
        float[] first = [0.1f, -0.2f, 1f / 3];
        float[] second = [1e-7f, 0f, -1f];

        ReferenceVectors.Write(path, ["Prepare budgets.", "Confer with \"board\" members."], [first, second]);

        var read = JsonSerializer.Deserialize<Dictionary<string, float[]>>(File.ReadAllText(path))!;
        read.Keys.Should().Equal("Prepare budgets.", "Confer with \"board\" members.");
        read["Prepare budgets."].Should().Equal(first, "a float written as JSON reads back to the same float");
        read["Confer with \"board\" members."].Should().Equal(second);
        Directory.GetFiles(folder).Should().ContainSingle("the temporary file is renamed, not left beside it");
    }

    [Fact]
    public void Texts_AreTheProductTestsReference()
    {
        var reference = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "RoleModel.Discovery.Tests", "Data", "task-tuned-reference.json");

        var texts = JsonSerializer.Deserialize<Dictionary<string, float[]>>(File.ReadAllText(reference))!.Keys;

        texts.Should().Equal(ReferenceVectors.Texts);
    }

    [Fact]
    public void Write_CountsDiffer_IsRefused_AndWritesNothing()
    {
        var act = () => ReferenceVectors.Write(Path.Combine(folder, "reference.json"), ["a", "b"], [[1f]]);

        act.Should().Throw<ArgumentException>().WithMessage("There are 1 vectors for 2 texts.*");
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public void Write_TextTwice_IsRefused_AndWritesNothing()
    {
        var act = () => ReferenceVectors.Write(Path.Combine(folder, "reference.json"), ["a", "a"], [[1f], [2f]]);

        act.Should().Throw<ArgumentException>().WithMessage("The text 'a' is given twice.*");
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public void Write_FolderMissing_Throws_AndLeavesNoFile()
    {
        var act = () => ReferenceVectors.Write(Path.Combine(folder, "missing", "reference.json"), ["a"], [[1f]]);

        act.Should().Throw<DirectoryNotFoundException>();
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }
}

using RoleModel.Cli.Discovery;

namespace RoleModel.Cli.Tests;

/// <summary>How the tool finds the model package installed beside it, in the folder layouts that <c>dotnet tool install</c> makes.</summary>
public sealed class EmbeddingModelTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("rolemodel-model-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void FindInstalled_GlobalOrToolPathStore_FindsTheModelPackageBesideTheTool()
    {
        var tool = Folder(".store/rolemodel.cli/0.1.0/rolemodel.cli.linux-x64/0.1.0/tools/net10.0/linux-x64");
        var model = Model(".store/rolemodel.cli.model/0.1.0/rolemodel.cli.model.linux-x64/0.1.0/tools/net10.0/linux-x64");

        EmbeddingModel.FindInstalled(tool).Should().Be(model);
    }

    [Fact]
    public void FindInstalled_LocalToolInTheNuGetPackagesFolder_FindsTheModelPackage()
    {
        var tool = Folder("packages/rolemodel.cli.win-x64/0.1.0/tools/net10.0/win-x64");
        var model = Model("packages/rolemodel.cli.model.win-x64/0.1.0/tools/net10.0/win-x64");

        EmbeddingModel.FindInstalled(tool).Should().Be(model);
    }

    [Fact]
    public void FindInstalled_NoModelPackage_IsNull()
    {
        var tool = Folder(".store/rolemodel.cli/0.1.0/rolemodel.cli.linux-x64/0.1.0/tools/net10.0/linux-x64");
        Model(".store/rolemodel.cli.modelling/1.0.0/tools/net10.0/any");
        Folder(".store/rolemodel.cli.model/0.1.0/rolemodel.cli.model/0.1.0/tools");

        EmbeddingModel.FindInstalled(tool).Should().BeNull("a package of another name, or the model's pointer package without files, is no model");
    }

    [Fact]
    public void FindInstalled_SeveralVersions_TakesTheToolsOwn()
    {
        var tool = Folder(".store/rolemodel.cli/0.1.0/rolemodel.cli.linux-x64/0.1.0/tools/net10.0/linux-x64");
        var own = Model(".store/rolemodel.cli.model/0.1.0/rolemodel.cli.model.linux-x64/0.1.0/tools/net10.0/linux-x64");
        Model(".store/rolemodel.cli.model/0.9.0/rolemodel.cli.model.linux-x64/0.9.0/tools/net10.0/linux-x64");

        EmbeddingModel.FindInstalled(tool).Should().Be(own);
    }

    [Fact]
    public void FindInstalled_BuildTree_TakesTheOutputFolderNotTheReferenceAssemblies()
    {
        var tool = Folder("src/RoleModel.Cli/bin/Release/net10.0");
        var output = Model("src/RoleModel.Cli.Model/bin/Release/net10.0");
        File.WriteAllBytes(Path.Combine(Folder("src/RoleModel.Cli.Model/obj/Release/net10.0/refint"), "RoleModel.Cli.Model.dll"), []);

        EmbeddingModel.FindInstalled(tool).Should().Be(output, "obj/…/refint sorts last but holds only a reference assembly, no model");
    }

    [Fact]
    public void LoadInstalled_FolderWithoutAWorkingModel_FailsNamingTheFolder()
    {
        var model = Model(".store/rolemodel.cli.model/0.1.0/rolemodel.cli.model.linux-x64/0.1.0/tools/net10.0/linux-x64");

        var load = () => EmbeddingModel.LoadInstalled(model);

        load.Should().Throw<CommandFailedException>().WithMessage($"The embedding model in '{model}' cannot be loaded: *");
    }

    [Fact]
    public void Load_BuildThatReferencesTheModel_UsesItWhereverTheToolLies()
    {
        using var model = EmbeddingModel.Load(Folder("anywhere"));

        model.Should().NotBeNull();
        model!.GetService(typeof(Microsoft.Extensions.AI.EmbeddingGeneratorMetadata)).Should()
            .BeOfType<Microsoft.Extensions.AI.EmbeddingGeneratorMetadata>().Which.DefaultModelDimensions.Should().Be(384);
    }

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(root, relative)).FullName;

    /// <summary>A folder with the model package's main file and the model's assembly (empty: only their place matters to the search).</summary>
    private string Model(string relative)
    {
        var folder = Folder(relative);
        File.WriteAllBytes(Path.Combine(folder, "RoleModel.Cli.Model.dll"), []);
        File.WriteAllBytes(Path.Combine(folder, "RoleModel.Discovery.MiniLM.dll"), []);
        return folder;
    }
}

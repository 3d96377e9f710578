using PublicApiGenerator;

namespace RoleModel.Discovery.Tests.PublicApi;

/// <summary>
/// The public API of RoleModel.Discovery and its model packages (RoleModel.Discovery.MiniLM, RoleModel.Discovery.ArcticXs), approved as text files: a change to the API
/// shows up in review. On a difference the test writes <c>NAME.received.txt</c> beside the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData(typeof(TaskSuggester))]
    [InlineData(typeof(Embeddings.MiniLmEmbeddingGenerator))]
    [InlineData(typeof(Embeddings.ArcticXsEmbeddingGenerator))]
    public void PublicApi_HasNotChangedWithoutApproval(Type type)
    {
        var assembly = type.Assembly;
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        var folder = Path.Combine(RepositoryRoot(), "tests", "RoleModel.Discovery.Tests", "PublicApi");
        var approved = Path.Combine(folder, assembly.GetName().Name + ".approved.txt");
        var received = Path.Combine(folder, assembly.GetName().Name + ".received.txt");

        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : "";
        if (!string.Equals(expected, api.ReplaceLineEndings("\n"), StringComparison.Ordinal))
        {
            File.WriteAllText(received, api);
        }

        api.ReplaceLineEndings("\n").Should().Be(expected, "the public API must match {0} (see {1})", approved, received);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoleModel.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("RoleModel.sln not found.");
    }
}

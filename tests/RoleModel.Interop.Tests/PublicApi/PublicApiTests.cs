using PublicApiGenerator;
using RoleModel.Interop.Esco;

namespace RoleModel.Interop.Tests.PublicApi;

/// <summary>
/// The public API of RoleModel.Interop, approved as a text file: a change to the API shows up in review.
/// On a difference the test writes <c>RoleModel.Interop.received.txt</c> beside the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedWithoutApproval()
    {
        var api = typeof(EscoImporter).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        var folder = Path.Combine(SharedData.RepositoryRoot ?? throw new InvalidOperationException("RoleModel.sln not found."), "tests", "RoleModel.Interop.Tests", "PublicApi");
        var approved = Path.Combine(folder, "RoleModel.Interop.approved.txt");
        var received = Path.Combine(folder, "RoleModel.Interop.received.txt");

        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : "";
        if (!string.Equals(expected, api.ReplaceLineEndings("\n"), StringComparison.Ordinal))
        {
            File.WriteAllText(received, api);
        }

        api.ReplaceLineEndings("\n").Should().Be(expected, "the public API must match {0} (see {1})", approved, received);
    }
}

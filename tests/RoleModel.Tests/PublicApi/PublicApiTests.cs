using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace RoleModel.Tests.PublicApi;

/// <summary>
/// Approval test of the whole public surface: any change to it shows up in review as a change to the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        var folder = SourceFolder();
        var approvedPath = Path.Combine(folder, "RoleModel.approved.txt");
        var receivedPath = Path.Combine(folder, "RoleModel.received.txt");
        var received = Normalize(typeof(Catalogue).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }));
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        received.Split('\n').Should().Equal(approved.Split('\n'),
            $"the public API changed. If the change is intended, accept it by copying {receivedPath} over {approvedPath} and commit it");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>
    /// This file's folder. Deterministic CI builds map source paths to <c>/_/</c>; then the folder is found under the
    /// project directory that the build records in the test assembly's metadata (see RoleModel.Tests.csproj).
    /// </summary>
    private static string SourceFolder([CallerFilePath] string file = "")
    {
        var folder = Path.GetDirectoryName(file)!;
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var projectDirectory = typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "ProjectDirectory")?.Value
            ?? throw new DirectoryNotFoundException($"The source folder of the public API test ({folder}) cannot be found.");
        return Path.Combine(projectDirectory, Path.GetFileName(folder));
    }
}

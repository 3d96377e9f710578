namespace RoleModel.Cli.Tests;

/// <summary>Paths of the repository and of the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "docs", "samples");

    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoleModel.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with RoleModel.sln) was not found above the test binaries.");
    }
}

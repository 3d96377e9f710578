namespace RoleModel.Interop.Tests;

/// <summary>
/// The third-party data in ../shared/data beside the repository root (the folder holding RoleModel.sln).
/// Tests that need it use <see cref="DataFactAttribute"/>, which skips them with a message where it is absent.
/// </summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    /// <summary>The repository root (the folder holding RoleModel.sln), or null when it is not above the test binaries.</summary>
    public static string? RepositoryRoot { get; } = FindRepository();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static bool Exists(params string[] parts) => Directory.Exists(Path(parts)) || File.Exists(Path(parts));

    private static string? FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RoleModel.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RoleModel.sln")))
            {
                return System.IO.Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", "data");
            }
        }

        return System.IO.Path.Combine(AppContext.BaseDirectory, "shared-data-not-found");
    }
}

/// <summary>A fact that needs a folder or file of the shared data, skipped with a clear message where it is absent.</summary>
public sealed class DataFactAttribute : FactAttribute
{
    public DataFactAttribute(params string[] path)
    {
        if (!SharedData.Exists(path))
        {
            Skip = $"The shared data '{SharedData.Path(path)}' is absent (expected ../shared/data beside the repository root).";
        }
    }
}

namespace RoleModel.Discovery.Training.Tests;

/// <summary>The O*NET 29.3 release in ../shared/data beside the repository root (the folder holding RoleModel.sln).</summary>
internal static class OnetRelease
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleModel.sln")))
            {
                var folder = Path.Combine(dir.FullName, "..", "shared", "data", "onet", "29.3", "tsv");
                return Directory.Exists(folder) ? Path.GetFullPath(folder) : null;
            }
        }

        return null;
    }
}

/// <summary>A test that reads the O*NET release in ../shared/data: skipped, with a message, where it is absent.</summary>
internal sealed class OnetFactAttribute : FactAttribute
{
    public OnetFactAttribute()
    {
        if (OnetRelease.Folder is null)
        {
            Skip = "../shared/data/onet/29.3/tsv is not beside the repository.";
        }
    }
}

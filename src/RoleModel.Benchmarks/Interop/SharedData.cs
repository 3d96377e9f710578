namespace RoleModel.Benchmarks.Interop;

/// <summary>Finds ../shared/data beside the repository root (the folder holding RoleModel.sln).</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RoleModel.sln")))
            {
                return System.IO.Path.Combine(dir.Parent!.FullName, "shared", "data");
            }
        }

        throw new DirectoryNotFoundException("RoleModel.sln was not found above " + AppContext.BaseDirectory + ".");
    }
}

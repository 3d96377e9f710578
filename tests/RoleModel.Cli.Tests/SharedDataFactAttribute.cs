namespace RoleModel.Cli.Tests;

/// <summary>
/// A test that reads ../shared/data: skipped, with a message naming the folder, only where that folder is
/// absent (it is present in CI and on every developer machine of this project).
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder)
    {
        var path = Path.Combine(RepositoryPaths.SharedData, folder);
        if (!Directory.Exists(path))
        {
            Skip = $"The shared data folder {path} is absent.";
        }
    }
}

/// <summary>A theory that reads ../shared/data, skipped like <see cref="SharedDataFactAttribute"/> where that folder is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string folder)
    {
        var path = Path.Combine(RepositoryPaths.SharedData, folder);
        if (!Directory.Exists(path))
        {
            Skip = $"The shared data folder {path} is absent.";
        }
    }
}

namespace RoleModel.Tests.Serialization;

/// <summary>Files the tests read: the repository's docs, and the shared data next to the repository.</summary>
internal static class TestPaths
{
    internal static string RepositoryRoot { get; } = FindRoot();

    internal static string Samples => Path.Combine(RepositoryRoot, "docs", "samples");

    internal static string InvalidSamples => Path.Combine(Samples, "invalid");

    internal static string SchemaFile => Path.Combine(RepositoryRoot, "docs", "schema", "rolemodel-1.0.schema.json");

    internal static string FormatDoc => Path.Combine(RepositoryRoot, "docs", "format.md");

    /// <summary>The parsing corpus of nst/JSONTestSuite; <c>shared</c> is a sibling of the repository root.</summary>
    internal static string JsonTestSuite => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "json-test-suite", "test_parsing"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RoleModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No RoleModel.sln above {AppContext.BaseDirectory}.");
    }
}

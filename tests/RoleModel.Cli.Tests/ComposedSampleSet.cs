namespace RoleModel.Cli.Tests;

/// <summary>
/// The composed sample set of docs/samples/composed in a fresh folder, with the ESCO export its roles import made
/// once, by the documented command (<c>rolemodel import esco ../shared/data/esco/v1.1.1 --version 1.1.1 --out esco.json</c>).
/// </summary>
public sealed class ComposedSampleSet : IDisposable
{
    public static readonly string[] Files = ["roles.json", "people.json", "histories.json", "municipality.json"];

    private readonly Lazy<string> folder = new(Create);

    /// <summary>The folder holding the set and esco.json.</summary>
    public string Folder => folder.Value;

    public string EscoPath => Path.Combine(Folder, "esco.json");

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>A new folder with the set but without esco.json, so that it must be supplied.</summary>
    public TemporaryFolder CopyWithoutEsco()
    {
        var copy = new TemporaryFolder();
        foreach (var file in Files)
        {
            File.Copy(PathOf(file), Path.Combine(copy.Path, file));
        }

        return copy;
    }

    public void Dispose()
    {
        if (folder.IsValueCreated)
        {
            Directory.Delete(folder.Value, recursive: true);
        }
    }

    private static string Create()
    {
        var created = Directory.CreateTempSubdirectory("rolemodel-composed-").FullName;
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(RepositoryPaths.Samples, "composed", file), Path.Combine(created, file));
        }

        var import = CliRunner.Run("import", "esco", Path.Combine(RepositoryPaths.SharedData, "esco", "v1.1.1"), "--version", "1.1.1", "--out", Path.Combine(created, "esco.json"));
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException($"The ESCO import failed: {import.Error}");
        }

        return created;
    }
}

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rolemodel-cli-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class ComposedSampleGroup : ICollectionFixture<ComposedSampleSet>
{
    public const string Name = "Composed sample set";
}

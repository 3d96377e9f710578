using RoleModel.Interop.Esco;

namespace RoleModel.Interop.Tests.Esco;

/// <summary>Imports ESCO v1.1.1 once for all the test classes of its collection (about a second), recording the progress reports.</summary>
public sealed class EscoFixture
{
    private readonly Lazy<EscoImportResult> result;

    public EscoFixture() => result = new(() => EscoImporter.Import(
        SharedData.Path("esco", "v1.1.1"),
        new EscoImportOptions { Version = "1.1.1" },
        new SynchronousProgress(Progress.Add)));

    public EscoImportResult Result => result.Value;

    public List<ImportProgress> Progress { get; } = [];

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

/// <summary>The test classes that share one import of ESCO v1.1.1.</summary>
[CollectionDefinition(Name)]
public sealed class EscoRelease : ICollectionFixture<EscoFixture>
{
    public const string Name = "ESCO v1.1.1";
}

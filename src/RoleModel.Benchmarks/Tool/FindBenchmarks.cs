using BenchmarkDotNet.Attributes;
using RoleModel.Cli.Search;
using RoleModel.Interop.Esco;

namespace RoleModel.Benchmarks.Tool;

/// <summary>
/// <c>rolemodel find</c> on the real ESCO import, per query once the index is built, against a floor measured in
/// the same run: a naive scan of every label for the query as a case-insensitive substring (what jq does), which
/// finds nothing for a query with typos. Goal: well under 100 ms per query.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class FindBenchmarks
{
    private LabelIndex index = null!;
    private string[] labels = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = EscoImporter.Import(Interop.SharedData.Path("esco", "v1.1.1")).Catalogue!;
        index = LabelIndex.Build(catalogue);
        labels = [.. catalogue.Roles.SelectMany(r => r.Title.Entries.Select(e => e.Value).Concat(AltLabels(r.Extensions)))
            .Concat(catalogue.Frameworks.SelectMany(f => f.Competencies).SelectMany(c => c.Name.Entries.Select(e => e.Value).Concat(AltLabels(c.Extensions))))];
    }

    [Benchmark(Baseline = true)]
    public int NaiveSubstringScan() => labels.Count(l => l.Contains("chief information officer", StringComparison.OrdinalIgnoreCase));

    [Benchmark]
    public int FindExact() => index.Find("chief information officer", 10).Count;

    [Benchmark]
    public int FindWithTypos() => index.Find("chef informaton oficer", 10).Count;

    [Benchmark]
    public int FindOneWord() => index.Find("welding", 10).Count;

    private static IEnumerable<string> AltLabels(ExtensionData extensions) =>
        extensions.Members.Where(m => m.Key == EscoExtensionNames.AltLabels).SelectMany(m => m.Value.EnumerateArray()).Select(v => v.GetString()!);
}

/// <summary>Building the index once per document, the cost <c>find</c> pays before its first query.</summary>
[ShortRunJob]
public class FindIndexBuildBenchmarks
{
    private Catalogue catalogue = null!;

    [GlobalSetup]
    public void Setup() => catalogue = EscoImporter.Import(Interop.SharedData.Path("esco", "v1.1.1")).Catalogue!;

    [Benchmark]
    public int BuildIndex() => LabelIndex.Build(catalogue).LabelCount;
}

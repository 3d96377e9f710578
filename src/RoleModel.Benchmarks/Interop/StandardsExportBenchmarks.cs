using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NodaTime;
using RoleModel.Interop.Ctdl;
using RoleModel.Interop.Esco;
using RoleModel.Interop.HrOpen;
using RoleModel.Interop.SchemaOrg;
using RoleModel.Interop.Standards;

namespace RoleModel.Benchmarks.Interop;

/// <summary>
/// All 3,007 ESCO v1.1.1 occupations exported to HR Open (one document per role, both shapes), schema.org and
/// CTDL, against the floor of writing the RoleModel JSON of the same catalogue: each export should take at most
/// twice as long.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class StandardsExportBenchmarks
{
    private readonly RoleExportOptions options = new(new LocalDate(2026, 1, 1), Instant.FromUtc(2026, 1, 1, 0, 0));
    private readonly CtdlExportOptions ctdl = new(new Uri("https://example.org/publisher"), new Uri("https://example.org/case/"));
    private Catalogue catalogue = Catalogue.Empty;
    private string[] roles = [];

    [GlobalSetup]
    public void Setup()
    {
        catalogue = EscoImporter.Import(SharedData.Path("esco", "v1.1.1"), new EscoImportOptions { Version = "1.1.1" }).Catalogue
            ?? throw new InvalidOperationException("The ESCO release does not import.");
        roles = [.. catalogue.Roles.Select(r => r.Id)];
    }

    [Benchmark(Baseline = true)]
    public int RoleModelJson() => Serialization.RoleModelJson.WriteToUtf8Bytes(catalogue).Length;

    [Benchmark]
    public long HrOpenJobDescriptions() => roles.Sum(id => (long)HrOpenExporter.Export(catalogue, id, options).Utf8Json.Length);

    [Benchmark]
    public long HrOpenPositionOpenings() => roles.Sum(id => (long)HrOpenExporter.Export(catalogue, id, options, HrOpenShape.PositionOpening).Utf8Json.Length);

    [Benchmark]
    public int SchemaOrgOccupations() => SchemaOrgExporter.Export(catalogue, roles, options).Utf8Json.Length;

    /// <summary>The short job, run in the benchmark's own process: on a loaded machine the separate build of the
    /// out-of-process job outlasts BenchmarkDotNet's build timeout. The floor runs in the same process, so the ratios hold.</summary>
    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    [Benchmark]
    public int Ctdl() => CtdlExporter.Export(catalogue, roles, options, ctdl).Utf8Json.Length;
}

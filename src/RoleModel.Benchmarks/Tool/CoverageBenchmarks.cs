using BenchmarkDotNet.Attributes;
using RoleModel.Analysis;
using RoleModel.Cli;

namespace RoleModel.Benchmarks.Tool;

/// <summary>
/// <c>rolemodel coverage</c> on the ESCO catalogue with 1,000 generated people, the whole command (read the
/// document, analyse every role, print the bounded tables) against the floor of only reading and validating the
/// document, in the same run. Goal: the command under 3 s.
/// </summary>
[ShortRunJob]
public class CoverageBenchmarks
{
    private string path = "";
    private Catalogue catalogue = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalogue = EscoWithPeople.Create(1000);
        path = EscoWithPeople.WriteTemporary(catalogue);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public int ReadDocument() => DocumentLoader.ReadValid(new FileInfo(path), Null()).Roles.Length;

    [Benchmark]
    public int CoverageAnalysis() => new FitIndex(catalogue, new NodaTime.LocalDate(2026, 1, 1))
        .Coverage(catalogue.Roles.Select(r => r.Id), catalogue.People.Select(p => p.Id)).Requirements.Length;

    [Benchmark]
    public int CoverageCommand() => CliApp.Run(["coverage", path, "--as-of", "2026-01-01"], Null());

    [Benchmark]
    public int CoverageCommandOneRole() => CliApp.Run(["coverage", path, "--as-of", "2026-01-01", "--role", catalogue.Roles[0].Id], Null());

    private static CliConsole Null() => new(TextWriter.Null, TextWriter.Null, IsTerminal: false, NoColor: true);
}

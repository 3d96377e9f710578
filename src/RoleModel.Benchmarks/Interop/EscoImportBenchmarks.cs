using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using RoleModel.Interop.Esco;

namespace RoleModel.Benchmarks.Interop;

/// <summary>
/// The full ESCO v1.1.1 import against a bare parse of the same files with the same CSV library (every field
/// of every record read as a string, nothing built): the import should take at most twice as long.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EscoImportBenchmarks
{
    private string directory = "";
    private string[] files = [];

    [GlobalSetup]
    public void Setup()
    {
        directory = SharedData.Path("esco", "v1.1.1");
        var check = EscoImporter.Import(directory);
        if (!check.Succeeded)
        {
            throw new InvalidOperationException("The ESCO release does not import: " + check.Problems[0]);
        }

        files = [.. check.RowsRead.Keys.Order(StringComparer.Ordinal).Select(f => Path.Combine(directory, f))];
    }

    [Benchmark(Baseline = true)]
    public long BareParse()
    {
        long length = 0;
        foreach (var file in files)
        {
            Stream stream = File.OpenRead(file);
            if (file.EndsWith(".gz", StringComparison.Ordinal))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true }, false);
            while (csv.Read())
            {
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    length += csv.GetString(i).Length;
                }
            }
        }

        return length;
    }

    [Benchmark]
    public int Import() => EscoImporter.Import(directory).Catalogue!.Roles.Length;
}

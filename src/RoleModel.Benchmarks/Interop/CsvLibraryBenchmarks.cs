using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using Sylvan.Data.Csv;

namespace RoleModel.Benchmarks.Interop;

/// <summary>
/// Chooses the CSV library of RoleModel.Interop: a bare parse (every field of every record read as a
/// string) of two gzipped ESCO files, one with long multi-line text fields and one large relation table.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CsvLibraryBenchmarks
{
    [Params("skills_en.csv.gz", "occupationSkillRelations.csv.gz")]
    public string File { get; set; } = "";

    private string path = "";

    [GlobalSetup]
    public void Setup() => path = SharedData.Path("esco", "v1.1.1", File);

    [Benchmark(Baseline = true)]
    public long SylvanDataCsv()
    {
        using var reader = Open();
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(reader, new CsvDataReaderOptions { Delimiter = ',' });
        long length = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                length += csv.GetString(i).Length;
            }
        }

        return length;
    }

    [Benchmark]
    public long CsvHelperReader()
    {
        var options = new CsvReaderOptions { Separator = ',', TrackLineNumbers = true };
        using var csv = CsvReader.Create(OpenStream(), options, false);
        long length = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                length += csv.GetString(i).Length;
            }
        }

        return length;
    }

    private StreamReader Open() => new(OpenStream(), Encoding.UTF8);

    private GZipStream OpenStream() => new(System.IO.File.OpenRead(path), CompressionMode.Decompress);
}

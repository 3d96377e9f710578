using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RoleModel.Serialization;

namespace RoleModel.Benchmarks;

/// <summary>
/// Reading the real ESCO v1.1.1 document (made at set-up by the Interop importer from ../shared/data, as
/// <c>rolemodel import esco</c> writes it) and the bundled municipal sample, against the floor of a bare
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes, and a bare
/// <see cref="Utf8JsonReader"/> pass over its tokens. Run with the short job (see performance.md): the machine is shared, so read the ratios.
/// </summary>
[MemoryDiagnoser]
public class DocumentReadBenchmarks
{
    private byte[] bytes = [];

    [Params("municipal", "esco")]
    public string Document { get; set; } = "municipal";

    [GlobalSetup]
    public void Setup() => bytes = BenchmarkDocuments.Bytes(Document);

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (floor)")]
    public int ParseFloor()
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Utf8JsonReader tokens only")]
    public int Tokens()
    {
        var reader = new Utf8JsonReader(bytes);
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "RoleModelJson.Read")]
    public Catalogue? Read() => RoleModelJson.Read(bytes).Catalogue;
}

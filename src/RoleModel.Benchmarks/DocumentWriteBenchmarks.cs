using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RoleModel.Serialization;

namespace RoleModel.Benchmarks;

/// <summary>
/// Writing a catalogue, against the floor of a bare <see cref="Utf8JsonWriter"/> (indented, the same encoder)
/// writing the same structure from the parsed document, token by token, into bytes.
/// </summary>
[MemoryDiagnoser]
public class DocumentWriteBenchmarks
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private Catalogue catalogue = Catalogue.Empty;
    private JsonDocument document = JsonDocument.Parse("{}");

    [Params("municipal", "esco")]
    public string Document { get; set; } = "municipal";

    [GlobalSetup]
    public void Setup()
    {
        var bytes = BenchmarkDocuments.Bytes(Document);
        catalogue = RoleModelJson.Read(bytes).Catalogue ?? throw new InvalidOperationException("The benchmark document is not valid.");
        document = JsonDocument.Parse(bytes);
    }

    [GlobalCleanup]
    public void Cleanup() => document.Dispose();

    [Benchmark(Baseline = true, Description = "bare Utf8JsonWriter (floor)")]
    public byte[] WriteFloor()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            document.RootElement.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    [Benchmark(Description = "RoleModelJson.WriteToUtf8Bytes")]
    public byte[] Write() => RoleModelJson.WriteToUtf8Bytes(catalogue);
}

using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RoleModel.Serialization;

namespace RoleModel.Benchmarks;

/// <summary>
/// Reading and writing RoleModel documents, against the floor of a bare <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes. The MB/s column divides the document size by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class JsonBenchmarks
{
    private byte[] bytes = [];
    private Catalogue catalogue = Catalogue.Empty;

    /// <summary>The municipal sample (small) or the ESCO-sized catalogue, both written indented.</summary>
    [Params("municipal", "esco-sized")]
    public string Document { get; set; } = "municipal";

    [GlobalSetup]
    public void Setup()
    {
        bytes = DocumentBytes(Document);
        catalogue = RoleModelJson.Read(bytes).Catalogue ?? throw new InvalidOperationException("The benchmark document is not valid.");
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (floor)")]
    public int ParseFloor()
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetArrayLength_OrZero();
    }

    [Benchmark(Description = "RoleModelJson.Read")]
    public Catalogue? Read() => RoleModelJson.Read(bytes).Catalogue;

    [Benchmark(Description = "RoleModelJson.WriteToUtf8Bytes")]
    public byte[] Write() => RoleModelJson.WriteToUtf8Bytes(catalogue);

    /// <summary>The bytes of a benchmark document; also used by the MB/s column.</summary>
    public static byte[] DocumentBytes(string document)
    {
        if (document == "municipal")
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("municipal.json")!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        return RoleModelJson.WriteToUtf8Bytes(EscoSizedCatalogue.Create());
    }
}

internal static class JsonElementExtensions
{
    /// <summary>Touches the parsed document so that the parse cannot be optimized away.</summary>
    internal static int GetArrayLength_OrZero(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.GetPropertyCount() : 0;
}

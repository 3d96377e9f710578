using System.Text;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

/// <summary>How a composer uses a resolver: with the importing document's location, and disposing each stream it opens.</summary>
public sealed class ICatalogueResolverTests
{
    [Fact]
    public void Locate_IsCalledWithTheLocationOfTheDocumentThatImports()
    {
        var resolver = new Recording();

        new CatalogueComposer(resolver).Read(Encoding.UTF8.GetBytes(Recording.Importing("b")), "root");

        resolver.Calls.Should().Equal("b from root", "c from at:b");
        resolver.Streams.Should().HaveCount(2).And.OnlyContain(s => !s.CanRead, "the composer disposes what it opened");
    }

    private sealed class Recording : ICatalogueResolver
    {
        public List<string> Calls { get; } = [];

        public List<Stream> Streams { get; } = [];

        public static string Importing(string id) =>
            $$"""{"schemaVersion": "1.1", "imports": [{"catalogue": "{{id}}", "version": "1"}]}""";

        public string? Locate(CatalogueImport import, string importingLocation)
        {
            Calls.Add($"{import.CatalogueId} from {importingLocation}");
            return $"at:{import.CatalogueId}";
        }

        public Stream Open(string location)
        {
            var id = location[3..];
            var json = id == "b"
                ? """{"schemaVersion": "1.1", "id": "b", "version": "1", "issued": "2026-01-01", "imports": [{"catalogue": "c", "version": "1"}]}"""
                : """{"schemaVersion": "1.1", "id": "c", "version": "1", "issued": "2026-01-01"}""";
            var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            Streams.Add(stream);
            return stream;
        }
    }
}

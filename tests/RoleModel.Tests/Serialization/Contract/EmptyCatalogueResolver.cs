using System.Text.Json;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>
/// Resolves every import to an empty catalogue of exactly the identity it names, so that a generated document's
/// imports are read (an unresolved import is a rule beyond the schema) and the rest of it still goes through
/// the whole reader.
/// </summary>
internal sealed class EmptyCatalogueResolver : ICatalogueResolver
{
    private readonly Dictionary<string, CatalogueImport> imports = new(StringComparer.Ordinal);

    public string? Locate(CatalogueImport import, string importingLocation)
    {
        var location = $"empty:{imports.Count}";
        imports[location] = import;
        return location;
    }

    public Stream Open(string location)
    {
        var import = imports[location];
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("schemaVersion", "1.1");
            writer.WriteString("id", import.CatalogueId);
            writer.WriteString("version", import.Version);
            writer.WriteString("issued", "2026-01-01");
            writer.WriteEndObject();
        }

        stream.Position = 0;
        return stream;
    }
}

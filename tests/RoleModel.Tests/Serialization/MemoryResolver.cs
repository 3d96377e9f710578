using System.Text;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

/// <summary>Documents in memory, by name; an href is a name. Counts how often each was opened.</summary>
internal sealed class MemoryResolver(params (string Name, string Json)[] documents) : ICatalogueResolver
{
    private readonly Dictionary<string, string> texts = documents.ToDictionary(d => d.Name, d => d.Json, StringComparer.Ordinal);

    public Dictionary<string, int> Opened { get; } = new(StringComparer.Ordinal);

    public string? Locate(CatalogueImport import, string importingLocation) => import.Href;

    public Stream Open(string location)
    {
        Opened[location] = Opened.GetValueOrDefault(location) + 1;
        return texts.TryGetValue(location, out var json)
            ? new MemoryStream(Encoding.UTF8.GetBytes(json))
            : throw new FileNotFoundException($"There is no document '{location}'.");
    }

    public CompositionResult Read(string name) => new CatalogueComposer(this).Read(Encoding.UTF8.GetBytes(texts[name]), name);
}

using System.Text.Json;
using RoleModel.Serialization;

namespace RoleModel.Cli;

/// <summary>
/// The resolver of the tool: a catalogue supplied with <c>--with FILE</c> is used for every import of its id,
/// any other import is read from its href relative to the importing document, confined to the folder tree of the
/// document the command reads (<see cref="FileSystemCatalogueResolver"/>; no network access).
/// </summary>
internal sealed class SuppliedCatalogues(IReadOnlyDictionary<string, string> byId, FileSystemCatalogueResolver files) : ICatalogueResolver
{
    /// <summary>The resolver for the supplied files, each matched by the catalogue id it declares (or its single framework's id).</summary>
    /// <param name="supplied">The files given with <c>--with</c>.</param>
    /// <param name="rootFolder">The folder of the document the command reads: its imports, and theirs, are read from inside its tree.</param>
    public static ICatalogueResolver Resolver(IReadOnlyList<FileInfo> supplied, string rootFolder)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in supplied)
        {
            if (!file.Exists)
            {
                throw UsageException.Worded("Usage.NoWithFile", file);
            }

            var id = CatalogueId(file) ?? throw UsageException.Worded("Usage.WithNoId", file);
            if (!byId.TryAdd(id, file.FullName))
            {
                throw UsageException.Worded("Usage.WithTwice", id, byId[id], file.FullName);
            }
        }

        return new SuppliedCatalogues(byId, new FileSystemCatalogueResolver([rootFolder]));
    }

    public string? Locate(CatalogueImport import, string importingLocation) =>
        byId.TryGetValue(import.CatalogueId, out var path) ? path : files.Locate(import, importingLocation);

    public Stream Open(string location) => files.Open(location);

    /// <summary>
    /// The top-level <c>id</c> of a document, found by skipping over the other members; for a document without
    /// one, the id of its only framework (an export made without a release day). Null when neither exists or the
    /// file is not a JSON object (reading it as an import reports why).
    /// </summary>
    private static string? CatalogueId(FileInfo file)
    {
        if (file.Length > DocumentLoader.MaximumBytes)
        {
            throw new UsageException($"'{file}' given with --with is more than the {DocumentLoader.MaximumBytes / (1024 * 1024)} MiB a document may have.");
        }

        var bytes = File.ReadAllBytes(file.FullName);
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? frameworkId = null;
            var frameworks = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "id" && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }

                if (name == "frameworks" && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        frameworks++;
                        frameworkId = FrameworkId(ref reader);
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            return frameworks == 1 ? frameworkId : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The <c>id</c> of the framework object at the reader, which is left at its end.</summary>
    private static string? FrameworkId(ref Utf8JsonReader reader)
    {
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "id" && reader.TokenType == JsonTokenType.String)
            {
                id = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return id;
    }
}

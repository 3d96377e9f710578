using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Interop.CaseFormat;

/// <summary>
/// Reads a CASE CFPackage (1.0 or 1.1) into a competency framework, the inverse of <see cref="CaseExporter"/>:
/// CFItems become competencies, <c>isChildOf</c> associations broader links, associations to concepts outside
/// the package mappings, CFRubrics proficiency scales. A package written by <see cref="CaseExporter"/> reads
/// back to an equal framework. See docs/interop.md for the mapping.
/// </summary>
public static class CaseImporter
{
    /// <summary>Reads a package.</summary>
    /// <param name="utf8Json">The package as UTF-8 JSON.</param>
    /// <param name="fileName">The file name used in problem reports; defaults to <c>package.json</c>.</param>
    /// <returns>The result: the framework when no error was found, and every problem found.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is blank.</exception>
    public static CaseImportResult Read(ReadOnlySpan<byte> utf8Json, string fileName = "package.json")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var log = new ImportLog();
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            log.Error(fileName, e.LineNumber + 1, ProblemMessage.Of("Case.NotJson", e.Message));
            return new CaseImportResult(null, log.ToImmutable());
        }

        var framework = new CasePackageReader(root, fileName, log).Read();
        return new CaseImportResult(log.HasErrors ? null : framework, log.ToImmutable());
    }
}

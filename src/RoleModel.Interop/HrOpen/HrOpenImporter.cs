using System.Text.Json;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Interop.HrOpen;

/// <summary>
/// Reads an HR Open Standards 4.x <c>JobDescription</c>, <c>PositionProfile</c> or <c>PositionOpening</c> into a
/// RoleModel catalogue: one role with its requirements, responsibility areas and outcomes, and a baseline task
/// profile (format 1.1 <c>tasksFrom</c> + <c>tasks</c>). Competencies named by an ESCO URI reference the imported
/// ESCO catalogue; the others go into a local framework. Every member that cannot be mapped is a located problem
/// (its path in the HR Open document); none is dropped silently. See docs/interop.md.
/// </summary>
public static class HrOpenImporter
{
    /// <summary>The deepest nesting read, as for RoleModel documents.</summary>
    public const int MaximumDepth = 64;

    /// <summary>Imports a document.</summary>
    /// <param name="utf8Json">The document, UTF-8 JSON.</param>
    /// <param name="fileName">The name problems are reported under.</param>
    /// <param name="options">The baseline's first day, the local framework, the ESCO release.</param>
    /// <returns>The catalogue (null on error) and every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static HrOpenImportResult Import(ReadOnlyMemory<byte> utf8Json, string fileName, HrOpenImportOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(options);
        if (utf8Json.Length > JsonReadOptions.DefaultMaximumBytes)
        {
            return Refused(fileName, null, ProblemMessage.Of("HrOpen.TooLong", JsonReadOptions.DefaultMaximumBytes / (1024 * 1024)));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = MaximumDepth });
        }
        catch (JsonException exception)
        {
            var message = exception.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                ? ProblemMessage.Of("HrOpen.TooDeep", MaximumDepth)
                : ProblemMessage.Of("HrOpen.NotJson", exception.Message.Split(" LineNumber", 2)[0]);
            return Refused(fileName, exception.LineNumber + 1, message);
        }

        using (document)
        {
            return new HrOpenReader(fileName, options).Read(document.RootElement);
        }
    }

    private static HrOpenImportResult Refused(string fileName, long? line, ProblemMessage message) =>
        new(null, null, [new ImportProblem(ProblemSeverity.Error, fileName, line, message)]);
}

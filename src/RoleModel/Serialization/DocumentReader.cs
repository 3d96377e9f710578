using System.Text;
using System.Text.Json;
using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>
/// Reads a document: deserializes the wire shapes, checks the version, maps to the domain, validates the
/// catalogue, and gives every problem its line and column. Never throws for bad input.
/// </summary>
internal static class DocumentReader
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    internal static JsonReadResult Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        CatalogueDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8, WireFormats.Indented);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return Failed(FailureTranslator.Translate(utf8, e));
        }

        if (dto is null)
        {
            return Failed(Locate(utf8, [new(ProblemCodes.WrongType, ProblemSeverity.Error, "$", "The document must be a JSON object, but is null.")], null));
        }

        // Only major version 1 is read today. A reader of 2.0 would branch here and migrate 1.x documents.
        var versionProblem = FormatVersion.Check(dto.SchemaVersion, out var fatal);
        if (fatal)
        {
            return Failed(Locate(utf8, [versionProblem!], null));
        }

        var mapper = new WireToDomain();
        var catalogue = mapper.Map(dto);
        var problems = new List<ValidationProblem>();
        if (versionProblem is not null)
        {
            problems.Add(versionProblem);
        }

        problems.AddRange(mapper.Problems);
        var complete = problems.Count == 0;
        foreach (var problem in catalogue.Validate().Problems)
        {
            problems.Add(Remap(problem, mapper.KeptIndices));
        }

        if (problems.Count == 0)
        {
            return new JsonReadResult(catalogue, ValidationReport.Valid);
        }

        return new JsonReadResult(complete ? catalogue : null, new ValidationReport(Locate(utf8, problems, mapper.DroppedIds)));
    }

    private static JsonReadResult Failed(List<ValidationProblem> problems) => new(null, new ValidationReport(problems));

    /// <summary>Translates a path into the mapped model (where objects were left out) back into the document.</summary>
    private static ValidationProblem Remap(ValidationProblem problem, Dictionary<string, List<int>> keptIndices)
    {
        if (keptIndices.Count == 0)
        {
            return problem;
        }

        var text = new StringBuilder("$");
        foreach (var (member, index) in WirePath.Parse(problem.Path))
        {
            var documentIndex = member is null && keptIndices.TryGetValue(text.ToString(), out var kept) && index >= 0 && index < kept.Count
                ? kept[index]
                : index;
            WirePath.Append(text, member, documentIndex);
        }

        return new ValidationProblem(problem.Code, problem.Severity, text.ToString(), problem.Message);
    }

    /// <summary>
    /// Gives each problem the position of the value at its path, or of its nearest enclosing value when the
    /// path does not exist (a missing member). Drops unresolved references to objects that were left out
    /// because of their own problems, which are already reported.
    /// </summary>
    private static List<ValidationProblem> Locate(ReadOnlySpan<byte> utf8, List<ValidationProblem> problems, HashSet<string>? droppedIds)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            for (var path = problem.Path; path is not null && wanted.Add(path); path = WirePath.Parent(path))
            {
            }
        }

        var scan = DocumentScan.Run(utf8, wanted);
        var positions = new TextPositions(utf8);
        var located = new List<ValidationProblem>(problems.Count);
        foreach (var problem in problems)
        {
            if (droppedIds is { Count: > 0 } && problem.Code == ProblemCodes.UnresolvedReference
                && scan.Found.TryGetValue(problem.Path, out var reference) && reference.Text is { } id
                && WireToDomain.NamesDroppedObject(droppedIds, problem.Path, id))
            {
                continue;
            }

            var path = problem.Path;
            while (path is not null && !scan.Found.ContainsKey(path))
            {
                path = WirePath.Parent(path);
            }

            if (path is null)
            {
                located.Add(problem);
                continue;
            }

            var (line, column) = positions.At(utf8, scan.Found[path].Offset);
            located.Add(problem.WithPosition(line, column));
        }

        return located;
    }
}

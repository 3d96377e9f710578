using System.Text.Json;
using System.Text.Unicode;
using RoleModel.Serialization.Composition;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Reads a document in one pass over <see cref="Utf8JsonReader"/> into the domain model, with no intermediate
/// shapes. Every local problem (wrong type, unknown enumeration value, malformed date, missing member, number
/// out of range, repeated member, excessive depth) is reported with its byte offset, the broken value skipped,
/// and reading goes on; an object with a problem of its own is left out. Then the catalogue is validated, and
/// all positions are turned into lines and columns in one sorted pass. Never throws for bad input.
/// </summary>
internal sealed partial class CatalogueReader
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly WirePath path = new();
    private readonly List<Located> problems = [];

    private CatalogueReader()
    {
        readFramework = Framework;
        readScale = Scale;
        readLevel = Level;
        readCompetency = Competency;
        readMapping = Mapping;
        readScaleMapping = ScaleMapping;
        readRole = Role;
        readRequirement = Requirement;
        readArea = Area;
        readPerson = Person;
        readAssessment = Assessment;
        readAssignment = Assignment;
        readHistory = History;
        readChange = Change;
        readUse = Use;
        readTask = Task;
        readOpenness = Openness;
        readTemplate = Template;
        readLineage = Lineage;
        readImport = Import;
    }

    /// <summary>Reads a document; its imports are resolved by <paramref name="imports"/>, or reported as unresolved when it is null.</summary>
    internal static JsonReadResult Read(ReadOnlySpan<byte> utf8, ImportResolution? imports = null)
    {
        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        return InputEncoding.Check(utf8) is { } unreadable ? Failed(utf8, [unreadable]) : new CatalogueReader { resolveImports = imports }.Run(utf8);
    }

    private JsonReadResult Run(ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            return Failed(utf8, [Fault(utf8)]);
        }

        // Depth is checked by this reader rather than by Utf8JsonReader, so that a too deep value gets a path
        // and reading goes on after it.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        Catalogue? catalogue;
        try
        {
            reader.Read();
            catalogue = Root(ref reader);
            while (reader.Read())
            {
                // content after the root value is a syntax error, which Read throws
            }

            unknownValues.Resolve();
        }
        catch (JsonException)
        {
            // Not JSON: the structure after the fault is unknown, and problems found before it may only be
            // its echo (a member "missing" from a cut-off object), so the fault is the one problem.
            return Failed(utf8, [Fault(utf8)]);
        }

        // Only major version 1 is read today. A reader of 2.0 would branch here and migrate 1.x documents.
        var fatal = false;
        var versionProblem = versionBroken ? null : FormatVersion.Check(schemaVersion, out fatal);
        if (versionProblem is not null && fatal)
        {
            return Failed(utf8, [new(versionProblem, versionOffset)]);
        }

        var found = new List<Located>(problems.Count + 1);
        if (versionProblem is not null)
        {
            found.Add(new(versionProblem, versionOffset));
        }

        // Stable: problems at one offset keep the order in which they were found.
        found.AddRange(problems.OrderBy(p => p.Offset).Select(NewerMinorNote));
        var complete = found.TrueForAll(p => p.Problem.Severity != ProblemSeverity.Error);
        if (catalogue is not null)
        {
            AddValidationProblems(utf8, catalogue, found, Claims(complete));
        }

        if (found.Count == 0)
        {
            return new JsonReadResult(catalogue, ValidationReport.Valid);
        }

        return new JsonReadResult(complete ? catalogue : null, new ValidationReport(TextPositions.Locate(utf8, found)));
    }

    /// <summary>
    /// An unknown member of a document of a newer minor version may be a member of that version: the warning
    /// says so (it stays a warning, as it may as well be a typo).
    /// </summary>
    private Located NewerMinorNote(Located located)
    {
        if (located.Problem.Code != ProblemCodes.UnknownMember || schemaVersion is null
            || !FormatVersion.TryParse(schemaVersion, out var version) || !FormatVersion.IsNewerMinor(version))
        {
            return located;
        }

        var problem = located.Problem;
        return located with
        {
            Problem = new(problem.Code, problem.Severity, problem.Path,
                $"{problem.Message} The document is version {schemaVersion}, newer than the {FormatVersion.Latest} this library knows: it may be a member of that version."),
        };
    }

    /// <summary>The first fault of a text that is not valid UTF-8 or not JSON, with the path of the value it is in.</summary>
    private static Located Fault(ReadOnlySpan<byte> utf8)
    {
        var invalid = Utf8.IsValid(utf8) ? -1 : FirstInvalidByte(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
                if (invalid >= 0 && reader.BytesConsumed > invalid)
                {
                    break;
                }
            }
        }
        catch (JsonException e)
        {
            var offset = TextPositions.Offset(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            if (invalid < 0 || offset <= invalid)
            {
                return new(new(ProblemCodes.JsonSyntax, ProblemSeverity.Error, PathLocator.PathAtFault(utf8, offset), RuleMessages.JsonSyntax(Plain(e.Message))), offset);
            }
        }

        // Invalid UTF-8 outside strings is a syntax error too; this is a string that is not text.
        invalid = Math.Max(invalid, 0);
        return new(new(ProblemCodes.JsonSyntax, ProblemSeverity.Error, PathLocator.PathAtFault(utf8, invalid), ProblemMessage.Of("Utf8.Invalid")), invalid);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        for (var offset = 0; offset < utf8.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static JsonReadResult Failed(ReadOnlySpan<byte> utf8, List<Located> found) =>
        new(null, new ValidationReport(TextPositions.Locate(utf8, found)));

    /// <summary>
    /// Adds the problems of the catalogue's own validation, at their places in the document: paths into the
    /// catalogue (where objects were left out) are translated back into the document, and unresolved
    /// references to objects left out because of their own problems are dropped, as those are reported already.
    /// </summary>
    private void AddValidationProblems(ReadOnlySpan<byte> utf8, Catalogue catalogue, List<Located> found, CheckedWhileRead checkedWhileRead)
    {
        var validation = Validation(catalogue, checkedWhileRead).ToList();
        if (validation.Count == 0)
        {
            return;
        }

        var remapped = validation.Select(p => Remap(p, keptIndices)).ToList();
        var places = PathLocator.Find(utf8, remapped.Select(p => p.Path));
        foreach (var problem in remapped)
        {
            if (droppedIds.Count > 0 && problem.Code == ProblemCodes.UnresolvedReference
                && places.TryGetValue(problem.Path, out var reference) && reference.Text is { } id
                && NamesDroppedObject(droppedIds, problem.Path, id))
            {
                continue;
            }

            var at = problem.Path;
            while (at is not null && !places.ContainsKey(at))
            {
                at = WirePath.Parent(at);
            }

            found.Add(new(problem, at is null ? 0 : places[at].Offset));
        }
    }

    /// <summary>Translates a path into the catalogue (where objects were left out) back into the document.</summary>
    private static ValidationProblem Remap(ValidationProblem problem, Dictionary<string, List<int>> keptIndices)
    {
        if (keptIndices.Count == 0)
        {
            return problem;
        }

        var text = new System.Text.StringBuilder("$");
        foreach (var (member, index) in WirePath.Parse(problem.Path))
        {
            var documentIndex = member is null && keptIndices.TryGetValue(text.ToString(), out var kept) && index >= 0 && index < kept.Count
                ? kept[index]
                : index;
            WirePath.Append(text, member, documentIndex);
        }

        return problem.WithPath(text.ToString());
    }

    /// <summary>Records a problem at the current path (or a member of it) and a byte offset.</summary>
    private void Report(string code, long offset, ProblemMessage message, string? member = null, ProblemSeverity severity = ProblemSeverity.Error) =>
        problems.Add(new(new ValidationProblem(code, severity, path.Render(member), message), offset));

    /// <summary>A reader message without the position the reader appends (the problem carries it).</summary>
    private static string Plain(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" LineNumber:", " Path:", " | LineNumber"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        // The reader speaks to programmers about its options; a document's author needs only the rule.
        return message
            .Replace(" which is not supported in this mode. Change the reader options.", ", which JSON does not allow.", StringComparison.Ordinal)
            .Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal)
            .Trim();
    }
}

/// <summary>A problem and the byte offset of the value it is about.</summary>
internal readonly record struct Located(ValidationProblem Problem, long Offset);

using System.Collections.Immutable;
using System.Globalization;
using RoleModel.Serialization.Reading;
using RoleModel.Validation;

namespace RoleModel.Serialization.Composition;

/// <summary>
/// One run of <see cref="CatalogueComposer"/>: reads a document, and, when the reader has read its imports, each
/// imported document in turn (depth first), each catalogue once, refusing cycles. Not thread-safe; one per run.
/// </summary>
internal sealed class CompositionSession(ICatalogueResolver resolver, long maximumBytes)
{
    private const int MaximumDepth = 32;

    private readonly List<DocumentReport?> documents = [];
    private readonly Dictionary<string, Loaded> loaded = new(StringComparer.Ordinal);

    /// <summary>The documents being read, outermost first: each imports the next.</summary>
    private readonly List<Frame> chain = [];

    /// <summary>A document read: its location, declared identity, own content (null when unreadable), everything it imports, and whether an import of it, direct or not, could not be read.</summary>
    private sealed record Loaded(string Location, Catalogue? Own, Catalogue? Composed, ImmutableArray<ImportedDocument> Closure, bool Incomplete);

    /// <summary>
    /// A document being read: its location, the catalogue identifiers it goes by (the one it was imported as, the one it
    /// declares), its import problems, and the import it is reading now.
    /// </summary>
    private sealed class Frame(string location, string? importedAs)
    {
        internal string Location { get; } = location;

        internal HashSet<string> Ids { get; } = importedAs is null ? new(StringComparer.Ordinal) : new(StringComparer.Ordinal) { importedAs };

        internal string Name { get; set; } = importedAs ?? Path.GetFileName(location);

        internal List<ValidationProblem>? Problems { get; set; }

        internal string? CurrentAt { get; set; }

        internal string? CurrentImport { get; set; }

        /// <summary>The paths of the imports already reported as closing a cycle.</summary>
        internal HashSet<string> Reported { get; } = new(StringComparer.Ordinal);
    }

    internal CompositionResult Run(ReadOnlySpan<byte> utf8, string location)
    {
        var root = ReadDocument(utf8, location, null);
        return new CompositionResult(root.Own, root.Composed, [.. documents.Select(d => d!)], root.Closure);
    }

    private Loaded ReadDocument(ReadOnlySpan<byte> utf8, string location, string? importedAs)
    {
        // The document is listed before the documents it imports, which are read while it is read.
        var slot = documents.Count;
        documents.Add(null);
        ImportScope? scope = null;
        var frame = new Frame(location, importedAs);
        chain.Add(frame);
        JsonReadResult result;
        try
        {
            result = CatalogueReader.Read(utf8, (identity, imports) => scope = ResolveAll(frame, identity, imports, location));
        }
        finally
        {
            chain.RemoveAt(chain.Count - 1);
        }

        var own = result.Catalogue;
        documents[slot] = new DocumentReport(location, own?.Identity, result.Report);
        var composed = own is null ? null : scope?.Compose(own) ?? own;
        return new Loaded(location, own, composed, scope?.Sources ?? [], scope?.Incomplete ?? false);
    }

    private ImportScope ResolveAll(Frame frame, CatalogueIdentity? identity, ImmutableArray<CatalogueImport> imports, string location)
    {
        var problems = new List<ValidationProblem>();
        var sources = new List<ImportedDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var incomplete = false;
        frame.Problems = problems;
        if (identity is not null)
        {
            frame.Ids.Add(identity.Id);
            if (frame.Ids.Count == 1)
            {
                frame.Name = identity.Id;
            }
        }

        for (var i = 0; i < imports.Length; i++)
        {
            var import = imports[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"$.imports[{i}]");
            if (!declared.Add(import.CatalogueId))
            {
                problems.Add(Problem(ProblemCodes.DuplicateId, $"{at}.catalogue", ProblemMessage.Of("Import.Twice", import.CatalogueId)));
                continue;
            }

            (frame.CurrentAt, frame.CurrentImport) = (at, import.CatalogueId);
            var target = Load(import, at, location, problems);
            (frame.CurrentAt, frame.CurrentImport) = (null, null);
            if (target?.Own is null)
            {
                incomplete = true;
                continue;
            }

            // References into what an import of the import could not read cannot be checked here either.
            incomplete |= target.Incomplete;

            foreach (var source in target.Closure.Prepend(new ImportedDocument(import.CatalogueId, target.Own)))
            {
                if (seen.Add(source.CatalogueId))
                {
                    sources.Add(source);
                }
            }
        }

        return new ImportScope([.. sources], [.. problems], incomplete);
    }

    /// <summary>The imported document, read now or earlier in this run, or null after reporting why it cannot be used.</summary>
    private Loaded? Load(CatalogueImport import, string at, string importingLocation, List<ValidationProblem> problems)
    {
        var cycleStart = chain.FindIndex(frame => frame.Ids.Contains(import.CatalogueId));
        if (cycleStart >= 0)
        {
            ReportCycle(cycleStart, "catalogue");
            return null;
        }

        if (loaded.TryGetValue(import.CatalogueId, out var earlier))
        {
            return Checked(import, earlier, at, problems);
        }

        if (chain.Count >= MaximumDepth)
        {
            problems.Add(Problem(ProblemCodes.ImportCycle, at, ProblemMessage.Of("Import.TooDeep", MaximumDepth)));
            return null;
        }

        if (Open(import, at, importingLocation, problems) is not { } opened)
        {
            return null;
        }

        if (opened.Cycle)
        {
            return null;
        }

        var document = ReadDocument(opened.Bytes.Span, opened.Location, import.CatalogueId);
        loaded[import.CatalogueId] = document;
        return Checked(import, document, at, problems);
    }

    /// <summary>
    /// Reports a cycle through the documents being read from <paramref name="start"/> on: each of them is invalid, at its
    /// import that leads on around the cycle (the innermost one's is the import being resolved).
    /// </summary>
    private void ReportCycle(int start, string member)
    {
        var names = chain.Skip(start).Select(frame => frame.Name).ToList();
        for (var k = start; k < chain.Count; k++)
        {
            var frame = chain[k];
            if (frame.CurrentAt is not { } at || frame.Problems is null || !frame.Reported.Add(at))
            {
                continue;
            }

            var offset = k - start;
            var cycle = string.Join(" → ", names.Skip(offset).Concat(names.Take(offset)).Append(names[offset]));
            var target = k + 1 < chain.Count ? chain[k + 1].Name : names[0];
            var message = string.Equals(frame.CurrentImport, target, StringComparison.Ordinal)
                ? ProblemMessage.Of("Import.Cycle", frame.CurrentImport, cycle)
                : ProblemMessage.Of("Import.CycleThrough", frame.CurrentImport, target, cycle);
            frame.Problems.Add(Problem(ProblemCodes.ImportCycle, $"{at}.{member}", message));
        }
    }

    /// <summary>The document, after reporting whether it is the one the import names; null when it could not be read.</summary>
    private static Loaded? Checked(CatalogueImport import, Loaded document, string at, List<ValidationProblem> problems)
    {
        if (document.Own is null)
        {
            problems.Add(Problem(ProblemCodes.ImportNotResolved, at,
                ProblemMessage.Of("Import.Unreadable", import.CatalogueId, import.Href ?? document.Location)));
            return null;
        }

        CheckIdentity(import, document, at, problems);
        return document;
    }

    /// <summary>The bytes of the imported document; or a cycle, reported, when the document at the location is being read already; or null after reporting why it cannot be read.</summary>
    private (string Location, ReadOnlyMemory<byte> Bytes, bool Cycle)? Open(CatalogueImport import, string at, string importingLocation, List<ValidationProblem> problems)
    {
        var where = import.Href is null ? at : $"{at}.href";
        try
        {
            var location = resolver.Locate(import, importingLocation);
            if (location is null)
            {
                problems.Add(Problem(ProblemCodes.ImportNotResolved, at,
                    ProblemMessage.Of("Import.NotFound", import.CatalogueId, import.Version)));
                return null;
            }

            // The same document under another catalogue identifier (such as a document importing itself) is a cycle too.
            var reading = chain.FindIndex(frame => string.Equals(frame.Location, location, StringComparison.Ordinal));
            if (reading >= 0)
            {
                ReportCycle(reading, import.Href is null ? "catalogue" : "href");
                return (location, default, true);
            }

            using var stream = resolver.Open(location);
            using var input = StreamInput.Read(stream, maximumBytes);
            if (!input.TooLarge)
            {
                var bytes = input.Detach();
                if (!DocumentSniffer.DeclaresSchemaVersion(bytes.Span))
                {
                    // Nothing of a file that is not a document is shown: not its characters, not its member names.
                    problems.Add(Problem(ProblemCodes.ImportNotResolved, where,
                        ProblemMessage.Of("Import.NotDocument", import.CatalogueId, import.Href ?? location)));
                    return null;
                }

                return (location, bytes, false);
            }

            problems.Add(Problem(ProblemCodes.ImportNotResolved, where,
                ProblemMessage.Of("Import.TooLarge", import.CatalogueId, import.Href ?? location, maximumBytes)));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A resolver's refusal, or a path the platform cannot hold (ArgumentException, NotSupportedException): a problem at the import, never a failure.
            problems.Add(Problem(ProblemCodes.ImportNotResolved, where, ProblemMessage.Of("Import.ReadFailed", import.CatalogueId, import.Version, e.Message)));
            return null;
        }
    }

    /// <summary>
    /// An imported document must be the catalogue and release the import names: its identity, or, for a document
    /// without one (format 1.0, or an export made without a release day), its framework of that identifier.
    /// </summary>
    private static void CheckIdentity(CatalogueImport import, Loaded document, string at, List<ValidationProblem> problems)
    {
        var expected = $"The import expects catalogue '{import.CatalogueId}' version '{import.Version}'";
        var name = import.Href ?? document.Location;
        string found;
        string? version;
        if (document.Own?.Identity is { } identity)
        {
            (found, version) = (identity.Id, identity.Version);
        }
        else if (document.Own!.FindFramework(import.CatalogueId) is { } framework)
        {
            (found, version) = (framework.Id, framework.Version);
        }
        else
        {
            problems.Add(Problem(ProblemCodes.ImportMismatch, $"{at}.catalogue",
                $"{expected}, but '{name}' declares no identity (the top-level 'id', 'version' and 'issued') and has no framework '{import.CatalogueId}'."));
            return;
        }

        if (!string.Equals(found, import.CatalogueId, StringComparison.Ordinal) || !string.Equals(version, import.Version, StringComparison.Ordinal))
        {
            var member = string.Equals(found, import.CatalogueId, StringComparison.Ordinal) ? "version" : "catalogue";
            var release = version is null ? "without a version" : $"version '{version}'";
            var actual = document.Own?.Identity is null ? $"has no identity, and its framework '{found}' is {release}" : $"is catalogue '{found}' {release}";
            problems.Add(Problem(ProblemCodes.ImportMismatch, $"{at}.{member}", $"{expected}, but '{name}' {actual}."));
        }
    }

    private static ValidationProblem Problem(string code, string path, ProblemMessage message) => new(code, ProblemSeverity.Error, path, message);
}

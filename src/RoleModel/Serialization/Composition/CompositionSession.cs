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

    /// <summary>The catalogue identifiers of the documents being read, outermost first.</summary>
    private readonly List<string> chain = [];

    /// <summary>A document read: its location, declared identity, own content (null when unreadable), everything it imports, and whether an import of it, direct or not, could not be read.</summary>
    private sealed record Loaded(string Location, Catalogue? Own, Catalogue? Composed, ImmutableArray<ImportedDocument> Closure, bool Incomplete);

    internal CompositionResult Run(ReadOnlySpan<byte> utf8, string location)
    {
        var root = ReadDocument(utf8, location);
        return new CompositionResult(root.Own, root.Composed, [.. documents.Select(d => d!)]);
    }

    private Loaded ReadDocument(ReadOnlySpan<byte> utf8, string location)
    {
        // The document is listed before the documents it imports, which are read while it is read.
        var slot = documents.Count;
        documents.Add(null);
        ImportScope? scope = null;
        var result = CatalogueReader.Read(utf8, (identity, imports) => scope = ResolveAll(identity, imports, location));
        var own = result.Catalogue;
        documents[slot] = new DocumentReport(location, own?.Identity, result.Report);
        var composed = own is null ? null : scope?.Compose(own) ?? own;
        return new Loaded(location, own, composed, scope?.Sources ?? [], scope?.Incomplete ?? false);
    }

    private ImportScope ResolveAll(CatalogueIdentity? identity, ImmutableArray<CatalogueImport> imports, string location)
    {
        var problems = new List<ValidationProblem>();
        var sources = new List<ImportedDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var incomplete = false;
        var pushed = identity is not null && !chain.Contains(identity.Id, StringComparer.Ordinal);
        if (pushed)
        {
            chain.Add(identity!.Id);
        }

        for (var i = 0; i < imports.Length; i++)
        {
            var import = imports[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"$.imports[{i}]");
            if (!declared.Add(import.CatalogueId))
            {
                problems.Add(Problem(ProblemCodes.DuplicateId, $"{at}.catalogue", $"The catalogue '{import.CatalogueId}' is imported more than once."));
                continue;
            }

            var target = Load(import, at, location, problems);
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

        if (pushed)
        {
            chain.RemoveAt(chain.Count - 1);
        }

        return new ImportScope([.. sources], [.. problems], incomplete);
    }

    /// <summary>The imported document, read now or earlier in this run, or null after reporting why it cannot be used.</summary>
    private Loaded? Load(CatalogueImport import, string at, string importingLocation, List<ValidationProblem> problems)
    {
        var cycleStart = chain.IndexOf(import.CatalogueId);
        if (cycleStart >= 0)
        {
            var cycle = string.Join(" → ", chain.Skip(cycleStart).Append(import.CatalogueId));
            problems.Add(Problem(ProblemCodes.ImportCycle, $"{at}.catalogue", $"Importing catalogue '{import.CatalogueId}' here forms a cycle: {cycle}."));
            return null;
        }

        if (loaded.TryGetValue(import.CatalogueId, out var earlier))
        {
            return Checked(import, earlier, at, problems);
        }

        if (chain.Count >= MaximumDepth)
        {
            problems.Add(Problem(ProblemCodes.ImportCycle, at, $"Imports are nested deeper than {MaximumDepth} documents."));
            return null;
        }

        if (Open(import, at, importingLocation, problems) is not { } opened)
        {
            return null;
        }

        chain.Add(import.CatalogueId);
        var document = ReadDocument(opened.Bytes.Span, opened.Location);
        chain.RemoveAt(chain.Count - 1);
        loaded[import.CatalogueId] = document;
        return Checked(import, document, at, problems);
    }

    /// <summary>The document, after reporting whether it is the one the import names; null when it could not be read.</summary>
    private static Loaded? Checked(CatalogueImport import, Loaded document, string at, List<ValidationProblem> problems)
    {
        if (document.Own is null)
        {
            problems.Add(Problem(ProblemCodes.ImportNotResolved, at,
                $"The imported catalogue '{import.CatalogueId}' at '{import.Href ?? document.Location}' cannot be read; its problems are listed under its name, and references into it are not checked."));
            return null;
        }

        CheckIdentity(import, document, at, problems);
        return document;
    }

    private (string Location, ReadOnlyMemory<byte> Bytes)? Open(CatalogueImport import, string at, string importingLocation, List<ValidationProblem> problems)
    {
        var where = import.Href is null ? at : $"{at}.href";
        try
        {
            var location = resolver.Locate(import, importingLocation);
            if (location is null)
            {
                problems.Add(Problem(ProblemCodes.ImportNotResolved, at,
                    $"The catalogue '{import.CatalogueId}' {import.Version} cannot be found: the import has no 'href', and no document of that catalogue was supplied."));
                return null;
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
                        $"The imported catalogue '{import.CatalogueId}' at '{import.Href ?? location}' is not a RoleModel document (it is not a JSON object with a 'schemaVersion'); its content is not shown."));
                    return null;
                }

                return (location, bytes);
            }

            problems.Add(Problem(ProblemCodes.ImportNotResolved, where,
                $"The imported catalogue '{import.CatalogueId}' at '{import.Href ?? location}' is longer than the limit of {maximumBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes a document may have."));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A resolver's refusal, or a path the platform cannot hold (ArgumentException, NotSupportedException): a problem at the import, never a failure.
            problems.Add(Problem(ProblemCodes.ImportNotResolved, where, $"The catalogue '{import.CatalogueId}' {import.Version} cannot be read: {e.Message}"));
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

    private static ValidationProblem Problem(string code, string path, string message) => new(code, ProblemSeverity.Error, path, message);
}

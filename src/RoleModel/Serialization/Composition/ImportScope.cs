using System.Collections.Immutable;
using System.Globalization;
using RoleModel.Validation;

namespace RoleModel.Serialization.Composition;

/// <summary>Resolves the imports of a document being read, once its members are read (its identity and its imports).</summary>
internal delegate ImportScope ImportResolution(CatalogueIdentity? identity, ImmutableArray<CatalogueImport> imports);

/// <summary>A document imported, directly or not: its catalogue identifier and its own content.</summary>
internal sealed record ImportedDocument(string CatalogueId, Catalogue Content);

/// <summary>
/// What the imports of one document brought: every document they reach, each once, the problems of resolving
/// them (at the document's <c>$.imports[i]</c>), and whether one of them could not be read.
/// </summary>
internal sealed class ImportScope
{
    private Catalogue? composed;

    internal ImportScope(ImmutableArray<ImportedDocument> sources, ImmutableArray<ValidationProblem> problems, bool incomplete)
    {
        Sources = sources;
        Problems = problems;
        Incomplete = incomplete;
        ImportedRoles = [.. sources.SelectMany(s => s.Content.Roles)];
    }

    internal ImmutableArray<ImportedDocument> Sources { get; }

    internal ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Whether an import could not be read, so that references into it cannot be checked.</summary>
    internal bool Incomplete { get; }

    /// <summary>The roles of every imported document, in import order (the roles a history may start from).</summary>
    internal ImmutableArray<Role> ImportedRoles { get; }

    /// <summary>The imports of a document read on its own: none is resolved.</summary>
    internal static ImportScope Unresolved(ImmutableArray<CatalogueImport> imports) => new(
        [],
        [.. imports.Select((import, i) => new ValidationProblem(ProblemCodes.ImportNotResolved, ProblemSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"$.imports[{i}]"),
            ProblemMessage.Of("Import.NotComposed", import.CatalogueId, import.Version)))],
        incomplete: true);

    /// <summary>The document with everything it imports (computed once).</summary>
    internal Catalogue Compose(Catalogue own) => composed ??= Merge(own, Sources);

    private static Catalogue Merge(Catalogue own, ImmutableArray<ImportedDocument> sources)
    {
        if (sources.IsEmpty)
        {
            return own.Imports.IsEmpty ? own : own.WithImports([]);
        }

        IEnumerable<Catalogue> parts = [own, .. sources.Select(s => s.Content)];
        return new Catalogue(
            parts.SelectMany(c => c.Frameworks),
            parts.SelectMany(c => c.Roles),
            parts.SelectMany(c => c.People),
            own.Extensions,
            parts.SelectMany(c => c.Histories),
            parts.SelectMany(c => c.Lineage),
            own.Identity);
    }
}

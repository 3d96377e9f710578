using System.Collections.Immutable;
using RoleModel.History;
using RoleModel.Serialization.Composition;

namespace RoleModel.Serialization;

/// <summary>
/// The outcome of reading a document with its imports (see <see cref="CatalogueComposer"/>): the document's own
/// catalogue, the composed view that analysis works on, which of its roles, people and histories are the
/// document's own, and the problems of every document read. Immutable.
/// </summary>
/// <remarks>
/// <para><b>Own and imported.</b> The document's own roles are the roles it defines. A document that defines no
/// roles, such as one that only puts a set of files together, owns the roles of the documents nearest to it
/// through its imports that define any: a town file importing its people file, which imports its roles file,
/// which imports ESCO, owns the roles file's roles and not ESCO's occupations (which are one import further
/// away). People and histories are told apart the same way, each on its own. Everything else in
/// <see cref="Composed"/> is imported. Analyses that list roles, people or histories (coverage, ranking, task
/// patterns) are meant to run on the own ones unless asked otherwise; requirements may still name imported
/// competencies, and derived roles may use imported templates.</para>
/// </remarks>
public sealed class CompositionResult
{
    internal CompositionResult(Catalogue? document, Catalogue? composed, ImmutableArray<DocumentReport> documents, IReadOnlyList<ImportedDocument>? imported = null)
    {
        Document = document;
        Composed = composed;
        Documents = documents;
        if (document is not null && composed is not null)
        {
            var parts = imported ?? [];
            OwnRoles = Own(document, parts, c => c.Roles);
            OwnPeople = Own(document, parts, c => c.People);
            OwnHistories = Own(document, parts, c => c.Histories);
        }
    }

    /// <summary>
    /// The document's own content with its <see cref="Catalogue.Imports"/>, as <see cref="RoleModelJson.Read(System.IO.Stream)"/>
    /// would give it: what a writer writes back. Null when the document could not be read.
    /// </summary>
    public Catalogue? Document { get; }

    /// <summary>
    /// The document together with everything it imports, directly or not, each imported document once: its
    /// frameworks, roles, people, histories and lineage first, then those of the imported documents in the order
    /// they were first imported. It has the document's identity and unknown members and no imports (written, it
    /// is a self-contained document). Null when the document could not be read; an import that could not be
    /// read is missing from it.
    /// </summary>
    public Catalogue? Composed { get; }

    /// <summary>Every document read: the document itself first, then each imported document once, in the order read.</summary>
    public ImmutableArray<DocumentReport> Documents { get; }

    /// <summary>Whether the document was read and no document of the composition has an error.</summary>
    public bool IsValid => Composed is not null && Documents.All(d => d.Report.IsValid);

    /// <summary>The roles of <see cref="Composed"/> that are the document's own (see the remarks), in composed order; empty when the document could not be read.</summary>
    public ImmutableArray<Role> OwnRoles { get; } = [];

    /// <summary>The people of <see cref="Composed"/> that are the document's own (see the remarks), in composed order; empty when the document could not be read.</summary>
    public ImmutableArray<Person> OwnPeople { get; } = [];

    /// <summary>The histories of <see cref="Composed"/> that are the document's own (see the remarks), in composed order; empty when the document could not be read.</summary>
    public ImmutableArray<RoleHistory> OwnHistories { get; } = [];

    /// <summary>
    /// The parts of one kind from the documents nearest to the root, through its imports, that have any (the root
    /// itself when it has some), in composed order: the root first, then the imported documents in the order first imported.
    /// </summary>
    private static ImmutableArray<T> Own<T>(Catalogue root, IReadOnlyList<ImportedDocument> imported, Func<Catalogue, ImmutableArray<T>> parts)
    {
        var byId = new Dictionary<string, Catalogue>(StringComparer.Ordinal);
        foreach (var document in imported)
        {
            byId.TryAdd(document.CatalogueId, document.Content);
        }

        var seen = new HashSet<Catalogue>(ReferenceEqualityComparer.Instance) { root };
        List<Catalogue> level = [root];
        while (level.Count > 0)
        {
            var owners = level.Where(c => !parts(c).IsEmpty).ToHashSet(ReferenceEqualityComparer.Instance);
            if (owners.Count > 0)
            {
                return [.. imported.Select(d => d.Content).Prepend(root).Where(owners.Contains).SelectMany(c => parts(c))];
            }

            level = [.. level.SelectMany(c => c.Imports)
                .Select(i => byId.GetValueOrDefault(i.CatalogueId))
                .OfType<Catalogue>()
                .Where(seen.Add)];
        }

        return [];
    }
}

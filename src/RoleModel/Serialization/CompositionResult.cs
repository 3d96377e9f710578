using System.Collections.Immutable;

namespace RoleModel.Serialization;

/// <summary>
/// The outcome of reading a document with its imports (see <see cref="CatalogueComposer"/>): the document's own
/// catalogue, the composed view that analysis works on, and the problems of every document read. Immutable.
/// </summary>
public sealed class CompositionResult
{
    internal CompositionResult(Catalogue? document, Catalogue? composed, ImmutableArray<DocumentReport> documents)
    {
        Document = document;
        Composed = composed;
        Documents = documents;
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
}

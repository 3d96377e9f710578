using RoleModel.Serialization.Composition;

namespace RoleModel.Serialization;

/// <summary>
/// Reads a document together with the catalogues it imports (format 1.1, see <see cref="CatalogueImport"/>),
/// through an <see cref="ICatalogueResolver"/>. Imports are transitive: a document may use everything its imports
/// import. Immutable and thread-safe when its resolver is.
/// </summary>
/// <remarks>
/// <para>Each document is read and validated like <see cref="RoleModelJson.Read(System.ReadOnlySpan{byte})"/> reads
/// one, with its references checked against its own content and what it imports, and its problems are reported
/// under its own location (<see cref="CompositionResult.Documents"/>). An imported document must declare the
/// identity the import names (<c>id</c> and <c>version</c>); a catalogue imported twice in a composition is read
/// once. These are problems of the importing document, at its <c>$.imports[i]</c>: an import that cannot be
/// found, opened or read, or is longer than the size limit of <see cref="Options"/> (<see cref="Validation.ProblemCodes.ImportNotResolved"/>);
/// an imported document of another identity (<see cref="Validation.ProblemCodes.ImportMismatch"/>); an import that
/// leads back to a document being read, or nesting deeper than 32 documents (<see cref="Validation.ProblemCodes.ImportCycle"/>);
/// an identifier defined both here and in an imported document (<see cref="Validation.ProblemCodes.DuplicateId"/>).</para>
/// <para>Nothing is read but what the resolver opens; <see cref="FileSystemCatalogueResolver"/> reads local files only.</para>
/// </remarks>
public sealed class CatalogueComposer
{
    /// <summary>Creates a composer.</summary>
    /// <param name="resolver">Finds and opens imported documents.</param>
    /// <param name="options">The size limit of every document read, root or imported; <see cref="JsonReadOptions.Default"/> (512 MiB) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolver"/> is null.</exception>
    public CatalogueComposer(ICatalogueResolver resolver, JsonReadOptions? options = null)
    {
        Resolver = Preconditions.CheckNotNull(resolver);
        Options = options ?? JsonReadOptions.Default;
    }

    /// <summary>Finds and opens imported documents.</summary>
    public ICatalogueResolver Resolver { get; }

    /// <summary>The size limit of every document read, root or imported.</summary>
    public JsonReadOptions Options { get; }

    /// <summary>Reads a document from UTF-8 bytes, with its imports.</summary>
    /// <param name="utf8Json">The document, UTF-8, with or without a byte order mark.</param>
    /// <param name="location">The document's location: the base of its relative imports, and its name in problems.</param>
    /// <returns>The document, its composed view, and the problems of every document read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="location"/> is blank.</exception>
    public CompositionResult Read(ReadOnlyMemory<byte> utf8Json, string location) =>
        new CompositionSession(Resolver, Options.MaximumBytes).Run(utf8Json.Span, Preconditions.CheckIdentifier(location));

    /// <summary>Reads a document from a stream, to its end, with its imports, within the size limit of <see cref="Options"/>.</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte order mark; it is not closed.</param>
    /// <param name="location">The document's location: the base of its relative imports, and its name in problems.</param>
    /// <returns>The document, its composed view, and the problems of every document read; a stream above the limit is
    /// one problem of the document, <see cref="Validation.ProblemCodes.DocumentTooLarge"/>, as <see cref="RoleModelJson.Read(Stream, JsonReadOptions)"/> reports it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="location"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="location"/> is blank.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public CompositionResult Read(Stream utf8Json, string location)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckIdentifier(location);
        using var input = StreamInput.Read(utf8Json, Options.MaximumBytes);
        return input.TooLarge
            ? new CompositionResult(null, null, [new DocumentReport(location, null, RoleModelJson.TooLarge(Options).Report)])
            : Read(input.Detach(), location);
    }
}

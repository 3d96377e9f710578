namespace RoleModel.Interop.Ctdl;

/// <summary>What a CTDL export needs besides the roles: who publishes them and the base of the competency identities. Immutable.</summary>
public sealed class CtdlExportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="publisher">The publishing organisation (its registry URI): <c>assertedBy</c> of work roles and tasks,
    /// <c>offeredBy</c> of jobs, <c>publisher</c> of frameworks.</param>
    /// <param name="baseUri">The base URI that a CASE export of the same frameworks uses: competencies and frameworks get the same identities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A URI is relative.</exception>
    public CtdlExportOptions(Uri publisher, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(baseUri);
        if (!publisher.IsAbsoluteUri || !baseUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The publisher and the base URI must be absolute.", publisher.IsAbsoluteUri ? nameof(baseUri) : nameof(publisher));
        }

        Publisher = publisher;
        BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
    }

    /// <summary>The publishing organisation.</summary>
    public Uri Publisher { get; }

    /// <summary>The base of the identities, ending with a slash.</summary>
    public Uri BaseUri { get; }
}

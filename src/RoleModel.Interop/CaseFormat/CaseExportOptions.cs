using NodaTime;

namespace RoleModel.Interop.CaseFormat;

/// <summary>What a CASE export needs besides the framework: where its records live, who publishes them, and
/// when they last changed (RoleModel never reads the clock). Immutable.</summary>
public sealed class CaseExportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="baseUri">The absolute base of the records' URIs, such as <c>https://case.example.org/</c>.</param>
    /// <param name="creator">The publishing body, written as the CFDocument's creator.</param>
    /// <param name="lastChange">The lastChangeDateTime written on every record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseUri"/> or <paramref name="creator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="baseUri"/> is relative, or <paramref name="creator"/> is blank.</exception>
    public CaseExportOptions(Uri baseUri, string creator, Instant lastChange)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentException.ThrowIfNullOrWhiteSpace(creator);
        if (!baseUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The base URI must be absolute.", nameof(baseUri));
        }

        BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        Creator = creator;
        LastChange = lastChange;
    }

    /// <summary>The base of the records' URIs, ending with a slash.</summary>
    public Uri BaseUri { get; }

    /// <summary>The publishing body.</summary>
    public string Creator { get; }

    /// <summary>The lastChangeDateTime of every record.</summary>
    public Instant LastChange { get; }

    /// <summary>The language whose texts are written (with the fallback of <see cref="LocalizedText"/>); defaults to <c>en</c>.</summary>
    public string Language { get; init; } = "en";
}

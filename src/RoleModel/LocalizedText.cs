using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace RoleModel;

/// <summary>
/// A text in one or more cultures, such as a role title in German and English. Immutable.
/// </summary>
/// <remarks>
/// <para>Entries are kept in the order given; culture names are compared without regard to case and
/// must be unique. The empty culture name stands for the invariant culture.</para>
/// <para>Lookup by culture falls back in a fixed order: the exact culture, then each parent culture
/// (<c>de-CH</c>, then <c>de</c>), then the invariant entry, then the first entry.</para>
/// <para>Equality: two texts are equal when they hold the same culture names (ordinal, ignoring case)
/// with the same texts (ordinal) in the same order; order matters because the first entry is the last
/// fallback.</para>
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>A text with no entries.</summary>
    public static LocalizedText Empty { get; } = new([]);

    /// <summary>The one entry of a text that has one (nearly all have), kept without an array; default otherwise.</summary>
    private readonly KeyValuePair<string, string> single;

    /// <summary>The entries; for a text of one entry, made when <see cref="Entries"/> is first asked for.</summary>
    private ImmutableArray<KeyValuePair<string, string>> entries;

    /// <summary>Creates a text from culture-name and text pairs, kept in the given order.</summary>
    /// <param name="entries">Pairs of a culture name (such as <c>de</c>, <c>en-GB</c>, or empty for the
    /// invariant culture) and a text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, a culture name or a text is null.</exception>
    /// <exception cref="ArgumentException">A culture name occurs twice.</exception>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> entries)
    {
        Preconditions.CheckNotNull(entries);
        this.entries = Copy(entries);
        var duplicate = Preconditions.FindDuplicate(this.entries, static e => e.Key, StringComparer.OrdinalIgnoreCase);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The culture '{duplicate}' must not occur twice in a localized text.", nameof(entries));
        }
    }

    /// <summary>A text of entries already checked (one culture cannot occur twice).</summary>
    private LocalizedText(ImmutableArray<KeyValuePair<string, string>> entries) => this.entries = entries;

    /// <summary>A text of one entry, checked.</summary>
    private LocalizedText(KeyValuePair<string, string> entry) => single = entry;

    /// <summary>The entries as an immutable array (one copy, of the right size for a collection), each checked.</summary>
    private static ImmutableArray<KeyValuePair<string, string>> Copy(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var array = entries.ToArray();
        foreach (var (culture, text) in array)
        {
            Preconditions.CheckNotNull(culture);
            Preconditions.CheckNotNull(text);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    /// <summary>Creates a text in a single culture.</summary>
    /// <param name="culture">The culture name, such as <c>en</c>; empty for the invariant culture.</param>
    /// <param name="text">The text.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string culture, string text) =>
        new(new KeyValuePair<string, string>(Preconditions.CheckNotNull(culture), Preconditions.CheckNotNull(text)));

    /// <summary>Creates a text in the invariant culture (culture name empty).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Invariant(string text) => Of(string.Empty, text);

    /// <summary>The culture-name and text pairs, in the order given.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Entries
    {
        get
        {
            // Two threads may each make the one-entry array; either is right, and the field is one reference.
            var made = entries;
            if (made.IsDefault)
            {
                entries = made = [single];
            }

            return made;
        }
    }

    /// <summary>Whether the text has no entries.</summary>
    public bool IsEmpty => single.Key is null && entries.IsEmpty;

    /// <summary>The entries, without making an array for a text of one.</summary>
    private ReadOnlySpan<KeyValuePair<string, string>> Span => single.Key is null ? entries.AsSpan() : new(in single);

    /// <summary>
    /// The text for a culture, falling back to its parent cultures, then the invariant entry, then the first
    /// entry; null only when the text is empty.
    /// </summary>
    /// <param name="culture">The wanted culture.</param>
    /// <returns>The best matching text, or null when there are no entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string? Get(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        if (IsEmpty)
        {
            return null;
        }

        for (var current = culture; ; current = current.Parent)
        {
            if (TryGetExact(current.Name, out var text))
            {
                return text;
            }

            if (current.Name.Length == 0)
            {
                break;
            }
        }

        return Span[0].Value;
    }

    /// <summary>The text for exactly this culture name (ignoring case), without fallback.</summary>
    /// <param name="culture">The culture name; empty for the invariant culture.</param>
    /// <param name="text">The text, when found.</param>
    /// <returns>Whether the culture has an entry.</returns>
    public bool TryGetExact(string culture, out string text)
    {
        Preconditions.CheckNotNull(culture);
        foreach (var entry in Span)
        {
            if (string.Equals(entry.Key, culture, StringComparison.OrdinalIgnoreCase))
            {
                text = entry.Value;
                return true;
            }
        }

        text = string.Empty;
        return false;
    }

    /// <summary>The invariant text, else the first entry, else the empty string.</summary>
    /// <returns>A text for display when no culture is known.</returns>
    public override string ToString() => Get(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(LocalizedText? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null)
        {
            return false;
        }

        var mine = Span;
        var theirs = other.Span;
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        for (var i = 0; i < mine.Length; i++)
        {
            if (!string.Equals(mine[i].Key, theirs[i].Key, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(mine[i].Value, theirs[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in Span)
        {
            hash.Add(entry.Key, StringComparer.OrdinalIgnoreCase);
            hash.Add(entry.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}

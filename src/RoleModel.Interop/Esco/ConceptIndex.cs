using System.Text;
using RoleModel.Interop.Tables;

namespace RoleModel.Interop.Esco;

/// <summary>
/// The concepts of one kind by URI, looked up straight from a field's UTF-8 bytes: a link row costs one hash of
/// its bytes per URI, no decoded string and no second lookup, and a URI found is the concept's own instance.
/// Written by one thread, then read by any (a <see cref="Dictionary{TKey, TValue}"/> allows concurrent readers).
/// </summary>
internal sealed class ConceptIndex
{
    private readonly Dictionary<string, EscoConcept> byUri = new(Utf8KeyComparer.Instance);
    private readonly Dictionary<string, EscoConcept>.AlternateLookup<ReadOnlySpan<byte>> byUtf8;

    public ConceptIndex() => byUtf8 = byUri.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>Adds a concept; false when its URI is taken.</summary>
    public bool TryAdd(EscoConcept concept) => byUri.TryAdd(concept.Uri, concept);

    /// <summary>The concept with a URI (ordinal), or null.</summary>
    public EscoConcept? Find(string uri) => byUri.GetValueOrDefault(uri);

    /// <summary>
    /// The URI in a field of the current record, trimmed, and the concept of this index that has it (or null).
    /// The text is the concept's own URI instance when found; otherwise a new string (empty for an empty field).
    /// </summary>
    /// <param name="table">The table, positioned on a record.</param>
    /// <param name="column">The column of the URI.</param>
    /// <param name="orElse">A second index to look in when this one has no such concept.</param>
    public UriField Find(CsvTable table, int column, ConceptIndex? orElse = null)
    {
        if (table.TryGetUntrimmedUtf8(column, out var utf8))
        {
            return byUtf8.TryGetValue(utf8, out var uri, out var concept) || (orElse is not null && orElse.byUtf8.TryGetValue(utf8, out uri, out concept))
                ? new(uri, concept)
                : new(Encoding.UTF8.GetString(utf8), null);
        }

        // Blanks to trim, or bytes that are not UTF-8: the slow path, as the decoded and trimmed text.
        var text = table.Get(column).Trim();
        return new(text, Find(text) ?? orElse?.Find(text));
    }

    /// <summary>
    /// Compares strings ordinally, and a string with UTF-8 bytes by the string's UTF-8 form; both hash the UTF-8
    /// form, so that a dictionary of strings can be searched with bytes.
    /// </summary>
    private sealed class Utf8KeyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
    {
        public static Utf8KeyComparer Instance { get; } = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj)
        {
            var length = Encoding.UTF8.GetByteCount(obj);
            var rented = length <= 512 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
            var utf8 = rented ?? stackalloc byte[512];
            try
            {
                return GetHashCode(utf8[..Encoding.UTF8.GetBytes(obj, utf8)]);
            }
            finally
            {
                if (rented is not null)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        // The UTF-8 form is as long as the string only when all is ASCII, and longer otherwise.
        public bool Equals(ReadOnlySpan<byte> alternate, string other) =>
            alternate.Length == other.Length ? Ascii.Equals(alternate, other) : alternate.Length > other.Length && Utf8Equals(alternate, other);

        public string Create(ReadOnlySpan<byte> alternate) => Encoding.UTF8.GetString(alternate);

        /// <summary>The general case: text outside ASCII, whose UTF-8 form is longer than its UTF-16 one.</summary>
        private static bool Utf8Equals(ReadOnlySpan<byte> alternate, string other) =>
            Encoding.UTF8.GetByteCount(other) == alternate.Length && Encoding.UTF8.GetString(alternate).Equals(other, StringComparison.Ordinal);
    }
}

/// <summary>A URI read from a field: its trimmed text, and the concept that has it, or null.</summary>
internal readonly record struct UriField(string Text, EscoConcept? Concept);

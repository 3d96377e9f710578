using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Identifiers, enumeration names and text cultures, read once per distinct value: a document names the same
/// competency in thousands of requirements, the same importance in all of them and "en" in every text, so each
/// distinct short string is made once and shared, instead of one string per occurrence (fewer, smaller
/// survivors for the garbage collector).
/// </summary>
internal sealed partial class CatalogueReader
{
    /// <summary>The longest value, in UTF-8 bytes, that is shared; longer ones are rare and made each time.</summary>
    private const int PooledLength = 128;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pool = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly char[] decoded = new char[PooledLength];

    /// <summary>The one-item identifier arrays made so far, by identifier (see <see cref="Single"/>).</summary>
    private readonly Dictionary<string, ImmutableArray<string>> singletons = new(ReferenceEqualityComparer.Instance);

    /// <summary>The items and the set of items of the identifier array being read (arrays of identifiers do not nest).</summary>
    private readonly List<string> scratchIdentifiers = [];
    private readonly HashSet<string> scratchSeen = new(StringComparer.Ordinal);

    /// <summary>
    /// An identifier member: a string, shared with equal identifiers of the document. The identifier rule is
    /// checked here, at its value, even when its object has other problems.
    /// </summary>
    private string? Identifier(ref Utf8JsonReader reader, ref ObjectState state, int member)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return String(ref reader, ref state, member, Shapes.Identifier);
        }

        if ((Pooled(ref reader) ?? StringValue(ref reader)) is { } value)
        {
            if (Preconditions.IdentifierRule(value) is not { } rule)
            {
                return value;
            }

            Report(ProblemCodes.InvalidValue, reader.TokenStartIndex, $"The {state.Members[member]} {rule}.");
        }

        state.Break(member);
        return null;
    }

    /// <summary>An enumeration member, one of <paramref name="names"/> (checked once the object is read).</summary>
    private string? Enumerated(ref Utf8JsonReader reader, ref ObjectState state, int member, string names)
    {
        if (reader.TokenType == JsonTokenType.String && Pooled(ref reader) is { } value)
        {
            return value;
        }

        // The expected shape is put in words only when it is needed, for the message.
        return String(ref reader, ref state, member, reader.TokenType == JsonTokenType.String ? Shapes.String : Shapes.OneOf(names));
    }

    /// <summary>
    /// The string value at the reader, shared with equal earlier values; null (not reported) when it is
    /// escaped or long, for the caller to read it the ordinary way.
    /// </summary>
    private string? Pooled(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped || raw.Length > PooledLength)
        {
            return null;
        }

        var text = decoded.AsSpan(0, Encoding.UTF8.GetChars(raw, decoded));
        if (!pool.TryGetValue(text, out var value))
        {
            value = text.ToString();
            pool.Set.Add(value);
        }

        return value;
    }
}

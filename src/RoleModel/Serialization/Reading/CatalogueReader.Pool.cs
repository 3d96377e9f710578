using System.Collections.Immutable;
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
    private readonly StringPool<SharedValues> pool = new();

    /// <summary>The items and the set of items of the identifier array being read (arrays of identifiers do not nest).</summary>
    private readonly List<string> scratchIdentifiers = [];
    private readonly HashSet<string> scratchSeen = new(StringComparer.Ordinal);

    /// <summary>The pool entries of the items of the identifier array read last (-1 for one not pooled).</summary>
    private readonly List<int> scratchEntries = [];

    /// <summary>
    /// An identifier member: a string, shared with equal identifiers of the document. The identifier rule is
    /// checked here, at its value, even when its object has other problems.
    /// </summary>
    private string? Identifier(ref Utf8JsonReader reader, ref ObjectState state, int member) => Identifier(ref reader, ref state, member, out _);

    /// <summary>An identifier member, and its entry in the pool (-1 when it is not pooled).</summary>
    private string? Identifier(ref Utf8JsonReader reader, ref ObjectState state, int member, out int entry)
    {
        entry = -1;
        if (reader.TokenType != JsonTokenType.String)
        {
            return String(ref reader, ref state, member, Shapes.Identifier);
        }

        entry = PoolEntry(ref reader);
        if ((entry >= 0 ? pool[entry] : StringValue(ref reader)) is { } value)
        {
            if (IdentifierRule(value, entry) is not { } rule)
            {
                return value;
            }

            Report(ProblemCodes.InvalidValue, reader.TokenStartIndex, RuleMessages.ModelRule($"The {state.Members[member]} {rule}."));
        }

        entry = -1;
        state.Break(member);
        return null;
    }

    /// <summary>
    /// The rule of identifiers that <paramref name="value"/> breaks, or null. A pooled value (an
    /// <paramref name="entry"/> other than -1) that keeps it is checked once; one that breaks it, at each place.
    /// </summary>
    private string? IdentifierRule(string value, int entry)
    {
        if (entry < 0)
        {
            return Preconditions.IdentifierRule(value);
        }

        ref var shared = ref pool.Shared(entry);
        if (shared.IsIdentifier)
        {
            return null;
        }

        var rule = Preconditions.IdentifierRule(value);
        shared.IsIdentifier = rule is null;
        return rule;
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
    /// The string value (or name) at the reader, shared with equal earlier values; null (not reported) when it is
    /// escaped or long, for the caller to read it the ordinary way.
    /// </summary>
    private string? Pooled(ref Utf8JsonReader reader) => PoolEntry(ref reader) is var entry and >= 0 ? pool[entry] : null;

    /// <summary>The pool entry of the string value (or name) at the reader; -1 when it is escaped or not pooled.</summary>
    private int PoolEntry(ref Utf8JsonReader reader) => reader.ValueIsEscaped ? -1 : pool.Find(reader.ValueSpan);

    /// <summary>
    /// A one-item array of an identifier, shared by every requirement and list that names only it: ESCO's
    /// 124,000 requirements name 14,000 skills, so most one-item arrays are made once.
    /// </summary>
    /// <param name="identifier">The identifier.</param>
    /// <param name="entry">Its entry in the pool; -1 when it is not pooled, and its array not shared.</param>
    private ImmutableArray<string> Single(string identifier, int entry)
    {
        if (entry < 0)
        {
            return [identifier];
        }

        ref var shared = ref pool.Shared(entry);
        if (shared.Single.IsDefault)
        {
            shared.Single = [identifier];
        }

        return shared.Single;
    }

    /// <summary>What the reader makes once per distinct pooled value, and shares.</summary>
    private struct SharedValues
    {
        /// <summary>Whether the value keeps the identifier rule (known once it was used as an identifier).</summary>
        internal bool IsIdentifier;

        /// <summary>The one-item array of the value (see <see cref="CatalogueReader.Single"/>).</summary>
        internal ImmutableArray<string> Single;

        /// <summary>The plain requirements of the value as a competency (see <see cref="CatalogueReader.PlainRequirement"/>).</summary>
        internal CompetencyRequirement? Essential;

        /// <inheritdoc cref="Essential"/>
        internal CompetencyRequirement? Optional;

        /// <summary>The last requirements list with a requirement of this identifier (see <see cref="CatalogueReader.NoteRequirement"/>).</summary>
        internal int RequirementList;

        /// <summary>Whether a competency of the document has this identifier.</summary>
        internal bool IsDefinedCompetency;
    }
}

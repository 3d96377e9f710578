using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.Serialization.Reading;

namespace RoleModel;

/// <summary>
/// JSON members that RoleModel does not know, kept on the object that carried them so that a document
/// read and written again loses nothing (a newer minor version's members, or a system's own fields).
/// Immutable.
/// </summary>
/// <remarks>
/// Members keep their order. Values are cloned on construction and so do not depend on the document they
/// came from. Equality: the same member names (ordinal) in the same order with deeply equal values
/// (<see cref="JsonElement.DeepEquals(JsonElement, JsonElement)"/>).
/// </remarks>
public sealed class ExtensionData : IEquatable<ExtensionData>
{
    /// <summary>No unknown members.</summary>
    public static ExtensionData Empty { get; } = new([]);

    private readonly ImmutableArray<KeyValuePair<string, JsonElement>> members;

    /// <summary>The reader's values of these members, when they are still to be filled in; null otherwise.</summary>
    private readonly DeferredValues? deferred;

    /// <summary>Creates extension data from member names and values.</summary>
    /// <param name="members">The members, in document order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">A name occurs twice, or a value is undefined.</exception>
    public ExtensionData(IEnumerable<KeyValuePair<string, JsonElement>> members)
    {
        Preconditions.CheckNotNull(members);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>(members.TryGetNonEnumeratedCount(out var count) ? count : 8);
        foreach (var (name, value) in members)
        {
            Preconditions.CheckNotNull(name);
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The value of member '{name}' must be a defined JSON value.", nameof(members));
            }

            builder.Add(new(name, value.Clone()));
        }

        this.members = builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
        var duplicate = Preconditions.FindDuplicate(this.members, static m => m.Key, StringComparer.Ordinal);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The member '{duplicate}' must not occur twice.", nameof(members));
        }
    }

    private ExtensionData(ImmutableArray<KeyValuePair<string, JsonElement>> members, DeferredValues? deferred = null) =>
        (this.members, this.deferred) = (members, deferred);

    /// <summary>The members, in document order.</summary>
    public ImmutableArray<KeyValuePair<string, JsonElement>> Members
    {
        get
        {
            deferred?.EnsureFilled();
            return members;
        }
    }

    /// <summary>
    /// Extension data the reader has checked already (names unique and not null), whose values, of one document
    /// of their own, <paramref name="values"/> fills in when they are first asked for.
    /// </summary>
    internal static ExtensionData Deferred(ImmutableArray<KeyValuePair<string, JsonElement>> members, DeferredValues values) => new(members, values);

    /// <summary>
    /// The extension data of each object of a JSON array of objects, in order: for an importer that writes the
    /// unknown members of thousands of objects as one document. The text is checked and the member names are
    /// read at once; the values are parsed, all together, when one of them is first asked for.
    /// </summary>
    /// <param name="utf8Json">A JSON array whose items are objects, such as <c>[{"x:a": 1}, {}]</c>, in UTF-8; copied.</param>
    /// <returns>One extension data per item, <see cref="Empty"/> for an empty object.</returns>
    /// <exception cref="ArgumentException">The text is not JSON, not an array, has an item that is not an object,
    /// or an object with a member name twice; or it nests deeper than 64 levels.</exception>
    public static ImmutableArray<ExtensionData> ParseObjects(ReadOnlySpan<byte> utf8Json) =>
        ExtensionObjects.Parse(utf8Json, nameof(utf8Json));

    /// <summary>Whether there are no members.</summary>
    public bool IsEmpty => members.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ExtensionData? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.members.Length != members.Length)
        {
            return false;
        }

        var mine = Members;
        var theirs = other.Members;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!string.Equals(mine[i].Key, theirs[i].Key, StringComparison.Ordinal)
                || !JsonElement.DeepEquals(mine[i].Value, theirs[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionData);

    /// <inheritdoc />
    /// <remarks>Hashes names and value kinds only, consistent with the deep equality of values.</remarks>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (name, value) in Members)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value.ValueKind);
        }

        return hash.ToHashCode();
    }
}

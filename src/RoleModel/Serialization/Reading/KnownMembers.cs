using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// The members the format defines on one kind of object, in the order they are written: the reader's table
/// for recognising a member name (index), for telling unknown members apart, and for naming what is missing.
/// </summary>
/// <remarks>At most 32 members, so that sets of members fit in one <see cref="uint"/> mask.</remarks>
internal sealed class KnownMembers
{
    private readonly byte[][] utf8;

    internal KnownMembers(params string[] names)
    {
        if (names.Length > 32)
        {
            throw new ArgumentException("An object kind may define at most 32 members.", nameof(names));
        }

        Names = [.. names];
        utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The member names, in written order.</summary>
    internal ImmutableArray<string> Names { get; }

    internal int Count => Names.Length;

    internal string this[int index] => Names[index];

    /// <summary>The index of the member name at the reader (a property name token), or -1 when the format does not define it.</summary>
    internal int IndexOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            try
            {
                for (var i = 0; i < utf8.Length; i++)
                {
                    if (reader.ValueTextEquals(utf8[i]))
                    {
                        return i;
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // an escaped lone surrogate: not the name of a known member; the reader reports it as a name
            }

            return -1;
        }

        var name = reader.ValueSpan;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (name.SequenceEqual(utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

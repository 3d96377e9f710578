using System.Text.Json;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// The values of many objects' unknown members, kept as the JSON text of one array and parsed, once, when the
/// first of them is asked for: a caller that only analyses a catalogue never pays for parsing the ≈ 95,000
/// extension values of ESCO, and one that writes it back pays once, as before. Thread-safe.
/// </summary>
/// <remarks>
/// <para>The array holds either the values themselves, which the reader copied, each extension data naming its
/// values by index (<see cref="Complete"/>); or one object per extension data, its members in order
/// (<see cref="CompleteObjects"/>, for <see cref="ExtensionData.ParseObjects"/>).</para>
/// <para>The text was checked when it was kept, so parsing it cannot fail. Until then the extension data's
/// arrays hold their names and empty values; <see cref="ExtensionData"/> fills them through
/// <see cref="EnsureFilled"/> before it shows a value.</para>
/// </remarks>
internal sealed class DeferredValues
{
    private readonly Lock gate = new();
    private byte[]? text;
    private List<(KeyValuePair<string, JsonElement>[] Members, int FirstIndex)>? pending;
    private int[]? indices;
    private int count;
    private volatile bool filled;

    /// <summary>Hands over the kept values once the read is over (<see cref="UnknownValues.Resolve"/>).</summary>
    /// <param name="json">The values, as the text of one JSON array.</param>
    /// <param name="slots">Each extension data's members and the place of its first value index in <paramref name="valueIndices"/>.</param>
    /// <param name="valueIndices">The members' value indices into the array, one after the other.</param>
    /// <param name="valueCount">The number of values in the array.</param>
    internal void Complete(byte[] json, List<(KeyValuePair<string, JsonElement>[] Members, int FirstIndex)> slots, int[] valueIndices, int valueCount)
    {
        (text, pending, indices, count) = (json, slots, valueIndices, valueCount);
    }

    /// <summary>Hands over a JSON array of objects, one per extension data in <paramref name="objects"/>, each with those members in that order.</summary>
    internal void CompleteObjects(byte[] json, List<KeyValuePair<string, JsonElement>[]> objects)
    {
        (text, pending, indices, count) = (json, [.. objects.Select(members => (members, 0))], null, objects.Count);
    }

    /// <summary>Parses the values and fills them into every extension data of the document, unless done already.</summary>
    internal void EnsureFilled()
    {
        if (filled)
        {
            return;
        }

        lock (gate)
        {
            if (filled)
            {
                return;
            }

            Fill();
            (text, pending, indices) = (null, null, null);
            filled = true;
        }
    }

    private void Fill()
    {
        if (text is null || pending is null)
        {
            throw new InvalidOperationException("The values of unknown members were asked for before they were all read.");
        }

        // The kept values are at most as deep as the document allows, plus the array around them.
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = CatalogueReader.MaxDepth + 2 });
        var array = JsonElement.ParseValue(ref reader);
        if (indices is null)
        {
            FillObjects(array, pending);
            return;
        }

        var values = new JsonElement[count];
        var next = 0;
        foreach (var value in array.EnumerateArray())
        {
            values[next++] = value;
        }

        foreach (var (members, firstIndex) in pending)
        {
            for (var i = 0; i < members.Length; i++)
            {
                members[i] = new(members[i].Key, values[indices[firstIndex + i]]);
            }
        }
    }

    private static void FillObjects(JsonElement array, List<(KeyValuePair<string, JsonElement>[] Members, int FirstIndex)> objects)
    {
        var next = 0;
        foreach (var item in array.EnumerateArray())
        {
            var members = objects[next++].Members;
            var i = 0;
            foreach (var property in item.EnumerateObject())
            {
                members[i] = new(members[i].Key, property.Value);
                i++;
            }
        }
    }
}

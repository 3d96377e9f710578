using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>Reads an object of a kind; the reader is at its opening brace and ends at its closing brace.</summary>
internal delegate T? ItemReader<T>(ref Utf8JsonReader reader)
    where T : class;

/// <summary>
/// Member values as they are read: each checks the JSON type at the reader, and on a wrong type reports what
/// was expected there, marks the member broken and skips the value. Nothing is guessed.
/// </summary>
internal sealed partial class CatalogueReader
{
    private readonly List<KeyValuePair<string, string>> textEntries = [];
    private readonly HashSet<string> textCultures = new(StringComparer.Ordinal);

    private string? String(ref Utf8JsonReader reader, ref ObjectState state, int member, string expected = Shapes.String)
    {
        if (reader.TokenType == JsonTokenType.String && StringValue(ref reader) is { } value)
        {
            return value;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, expected);
        }

        state.Break(member);
        return null;
    }

    /// <summary>The string at the reader, or null (reported) when it holds an escaped lone surrogate.</summary>
    private string? StringValue(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Report(ProblemCodes.JsonSyntax, reader.TokenStartIndex, ProblemMessage.Of("LoneSurrogate.String"));
            return null;
        }
    }

    private decimal? Decimal(ref Utf8JsonReader reader, ref ObjectState state, int member)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, Shapes.Share);
        }
        else if (!reader.TryGetDecimal(out var value))
        {
            OutOfRange(ref reader);
        }
        else if (!ExactDecimal.Represents(reader.ValueSpan, value))
        {
            Report(ProblemCodes.NumberOutOfRange, reader.TokenStartIndex, ProblemMessage.Of("NumberTooPrecise", Encoding.UTF8.GetString(reader.ValueSpan), value));
        }
        else
        {
            return value;
        }

        state.Break(member);
        return null;
    }

    private double? Double(ref Utf8JsonReader reader, ref ObjectState state, int member)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, Shapes.Weight);
        }
        else if (reader.TryGetDouble(out var value))
        {
            return value;
        }
        else
        {
            OutOfRange(ref reader);
        }

        state.Break(member);
        return null;
    }

    private void OutOfRange(ref Utf8JsonReader reader) =>
        Report(ProblemCodes.NumberOutOfRange, reader.TokenStartIndex, ProblemMessage.Of("NumberOutOfRange", Encoding.UTF8.GetString(reader.ValueSpan)));

    private bool? Boolean(ref Utf8JsonReader reader, ref ObjectState state, int member)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.TokenType == JsonTokenType.True;
        }

        WrongType(ref reader, Shapes.Boolean);
        state.Break(member);
        return null;
    }

    /// <summary>A localized text member.</summary>
    private LocalizedText? Text(ref Utf8JsonReader reader, ref ObjectState state, int member)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, Shapes.Text);
            state.Break(member);
            return null;
        }

        var text = TextObject(ref reader);
        if (text is null)
        {
            state.Break(member);
        }

        return text;
    }

    /// <summary>A localized text at the current path; the reader is at its opening brace.</summary>
    private LocalizedText? TextObject(ref Utf8JsonReader reader)
    {
        var start = reader.TokenStartIndex;
        textEntries.Clear();
        textCultures.Clear();
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            var culture = Pooled(ref reader) ?? Name(ref reader);
            reader.Read();
            if (culture is null || !textCultures.Add(culture))
            {
                if (culture is not null)
                {
                    Duplicate(ref reader, culture, nameStart);
                }
                else
                {
                    SkipValue(ref reader);
                }

                ok = false;
                continue;
            }

            path.Push(culture);
            if (reader.TokenType == JsonTokenType.String && StringValue(ref reader) is { } value)
            {
                textEntries.Add(new(culture, value));
            }
            else
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    Report(ProblemCodes.WrongType, reader.TokenStartIndex, ProblemMessage.Of("TextNull", culture));
                }
                else if (reader.TokenType != JsonTokenType.String)
                {
                    WrongType(ref reader, Shapes.TextEntry);
                }

                ok = false;
            }

            path.Pop();
        }

        if (!ok)
        {
            return null;
        }

        if (textEntries.Count == 0)
        {
            return LocalizedText.Empty;
        }

        if (textEntries.Count == 1)
        {
            // Nearly every text has one culture, which cannot occur twice.
            return LocalizedText.Of(textEntries[0].Key, textEntries[0].Value);
        }

        try
        {
            return new LocalizedText(textEntries);
        }
        catch (ArgumentException e)
        {
            Report(ProblemCodes.InvalidValue, start, RuleMessages.ModelRule(Plain(e)));
            return null;
        }
    }

    /// <summary>An array of localized texts (outcomes); null when an item has a problem.</summary>
    private List<LocalizedText>? Texts(ref Utf8JsonReader reader, ref ObjectState state, int member)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, Shapes.TextArray);
            state.Break(member);
            return null;
        }

        var texts = new List<LocalizedText>();
        var ok = true;
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            path.Push(i);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, Shapes.Text);
                ok = false;
            }
            else if (TextObject(ref reader) is { } text)
            {
                texts.Add(text);
            }
            else
            {
                ok = false; // its problem is reported (a culture twice, a value not a string)
            }

            path.Pop();
        }

        if (!ok)
        {
            state.Break(member);
        }

        return ok ? texts : null;
    }

    /// <summary>
    /// An array of identifiers (or tags), each checked at its place; null when an item is not a string or breaks
    /// a rule. A one-item array is shared with the other one-item arrays of the same identifier.
    /// </summary>
    private ImmutableArray<string>? Identifiers(ref Utf8JsonReader reader, ref ObjectState state, int member, string kind)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, Shapes.Identifiers(kind));
            state.Break(member);
            return null;
        }

        var items = scratchIdentifiers;
        var seen = scratchSeen;
        items.Clear();
        seen.Clear();
        var ok = true;
        var entries = scratchEntries;
        entries.Clear();
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            path.Push(i);
            var entry = reader.TokenType == JsonTokenType.String ? PoolEntry(ref reader) : -1;
            if (reader.TokenType == JsonTokenType.String && (entry >= 0 ? pool[entry] : StringValue(ref reader)) is { } item)
            {
                // Each item is checked at its own place: the rule of an identifier, and no item twice.
                if (IdentifierRule(item, entry) is { } rule)
                {
                    Report(ProblemCodes.InvalidValue, reader.TokenStartIndex, RuleMessages.ModelRule($"An item of {state.Members[member]} {rule}."));
                }
                else if (!seen.Add(item))
                {
                    Report(ProblemCodes.InvalidValue, reader.TokenStartIndex, ProblemMessage.Of("ItemTwice", state.Members[member], item));
                }
                else
                {
                    items.Add(item);
                    entries.Add(entry);
                    path.Pop();
                    continue;
                }
            }
            else if (reader.TokenType != JsonTokenType.String)
            {
                WrongType(ref reader, Shapes.String);
            }

            path.Pop();
            ok = false;
        }

        if (!ok)
        {
            state.Break(member);
        }

        return !ok ? null : items.Count == 1 ? Single(items[0], entries[0]) : [.. items];
    }

    /// <summary>
    /// An array of objects of one kind. An item with a problem of its own is left out (and the document indices
    /// of the kept items remembered); <paramref name="complete"/> says whether every item was kept.
    /// </summary>
    private ImmutableArray<T> Items<T>(ref Utf8JsonReader reader, ref ObjectState state, int member, ItemReader<T> read, string kind, string noun, out bool complete)
        where T : class
    {
        complete = false;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, Shapes.Array(kind));
            state.Break(member);
            return [];
        }

        // Items are gathered in a rented buffer and copied once, at their final size: no growing builders left
        // behind, and none of the large ones for a framework's thousands of competencies.
        var buffer = ArrayPool<T>.Shared.Rent(16);
        var count = 0;
        List<int>? kept = null;
        var i = 0;
        for (; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            path.Push(i);
            T? item = null;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                item = read(ref reader);
            }
            else
            {
                WrongType(ref reader, Shapes.Object(noun));
            }

            path.Pop();
            if (item is null)
            {
                kept ??= [.. Enumerable.Range(0, i)];
            }
            else
            {
                kept?.Add(i);
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(count * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                buffer[count++] = item;
            }
        }

        if (kept is not null)
        {
            keptIndices[path.Render()] = kept;
        }

        complete = kept is null;
        ImmutableArray<T> items = count == 0 ? [] : [.. buffer.AsSpan(0, count)];
        ArrayPool<T>.Shared.Return(buffer, clearArray: true);
        return items;
    }
}

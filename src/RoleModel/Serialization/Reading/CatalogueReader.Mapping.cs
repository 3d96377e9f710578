using System.Globalization;
using System.Runtime.InteropServices;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// The rules checked once an object's members are read: required members, enumeration values, dates and
/// instants, and the preconditions of the domain constructors, each reported at the member it is about (or at
/// the object, when the member is missing).
/// </summary>
internal sealed partial class CatalogueReader
{
    private readonly Dictionary<string, List<int>> keptIndices = new(StringComparer.Ordinal);
    private readonly HashSet<string> droppedIds = new(StringComparer.Ordinal);

    /// <summary>Frees the member offsets of an object when its reading ends.</summary>
    private OffsetRelease Release(in ObjectState state) => new(this, state.OffsetBase, state.UnknownStart);

    /// <summary>
    /// The unknown members of the object being read, in document order: the end of <see cref="unknownMembers"/>
    /// from the object's start (the members of objects inside it are removed when they are read).
    /// </summary>
    private ReadOnlySpan<KeyValuePair<string, int>> UnknownOf(in ObjectState state) =>
        CollectionsMarshal.AsSpan(unknownMembers)[state.UnknownStart..];

    private ExtensionData Extensions(in ObjectState state) =>
        UnknownOf(state) is { IsEmpty: false } unknown ? unknownValues.Create(unknown) : ExtensionData.Empty;

    private string? Required(in ObjectState state, string? value, int member)
    {
        if (value is null && !state.IsBroken(member))
        {
            Missing(state, member);
        }

        return value;
    }

    private void Missing(in ObjectState state, int member)
    {
        var name = state.Members[member];
        var known = state.Members.Names;
        var nearMiss = UnknownOf(state).ToArray().Select(u => u.Key)
            .FirstOrDefault(u => string.Equals(MemberSuggestion.Closest(u, known), name, StringComparison.Ordinal));
        Add(state, ProblemCodes.MissingMember, member, nearMiss is null
            ? ProblemMessage.Of("MissingMember", name)
            : ProblemMessage.Of("MissingMember.NearMiss", name, nearMiss));
    }

    private LocalizedText? RequiredText(in ObjectState state, LocalizedText? text, int member)
    {
        if (text is null && !state.IsBroken(member))
        {
            Missing(state, member);
        }

        return text;
    }

    private static LocalizedText? OptionalText(in ObjectState state, LocalizedText? text, int member) =>
        text ?? (state.IsBroken(member) ? null : LocalizedText.Empty);

    private void Add(in ObjectState state, string code, int member, ProblemMessage message) =>
        Report(code, OffsetOf(state, member), message, state.Members[member]);

    /// <summary>Reports a problem of the object itself, at its opening brace.</summary>
    private void AddToObject(in ObjectState state, string code, ProblemMessage message) => Report(code, state.Start, message);

    private T? Enumeration<T>(in ObjectState state, string? text, int member, Func<string, T?> parse, string allowed)
        where T : struct, Enum
    {
        if (Required(state, text, member) is not { } value)
        {
            return null;
        }

        var parsed = parse(value);
        if (parsed is null)
        {
            Add(state, ProblemCodes.UnknownEnumValue, member, ProblemMessage.Of("UnknownEnumValue", value, state.Members[member], allowed));
        }

        return parsed;
    }

    private NodaTime.LocalDate? Date(in ObjectState state, string? text, int member, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                Required(state, text, member);
            }

            return null;
        }

        if (!WireValues.TryParseDate(text, out var date))
        {
            Add(state, ProblemCodes.MalformedDate, member, WireValues.DateProblem(text));
            return null;
        }

        return date;
    }

    private NodaTime.Instant? Instant(in ObjectState state, string? text, int member)
    {
        if (Required(state, text, member) is not { } value)
        {
            return null;
        }

        if (!WireValues.TryParseInstant(value, out var instant))
        {
            Add(state, ProblemCodes.MalformedDate, member, ProblemMessage.Of("MalformedInstant", value, WireValues.InstantPattern));
            return null;
        }

        return instant;
    }

    /// <summary>Reports a precondition failure of a domain constructor, naming the wire member rather than the parameter.</summary>
    private void Invalid(in ObjectState state, ArgumentException e, int member)
    {
        var message = Plain(e);
        var name = member < 0 ? null : state.Members[member];
        if (e.ParamName is { } parameter && name is not null && !string.Equals(parameter, name, StringComparison.Ordinal))
        {
            message = message.Replace($"The {parameter} ", $"The {name} ", StringComparison.Ordinal);
        }

        if (name is null)
        {
            AddToObject(state, ProblemCodes.InvalidValue, RuleMessages.ModelRule(message));
        }
        else
        {
            Add(state, ProblemCodes.InvalidValue, member, RuleMessages.ModelRule(message));
        }
    }

    /// <summary>The one-sentence rule of a precondition failure, without the parameter name the BCL appends.</summary>
    private static string Plain(ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Dropped(string kind, string? id)
    {
        if (id is not null)
        {
            droppedIds.Add(Key(kind, id));
        }
    }

    /// <summary>
    /// Whether the reference at a path (of an unresolved-reference problem) names an object that was left out
    /// because of its own problems; the kind of object follows from the member that holds the reference.
    /// </summary>
    private static bool NamesDroppedObject(HashSet<string> droppedIds, string path, string id)
    {
        var member = WirePath.Parse(path).LastOrDefault(s => s.Member is not null).Member;
        var kind = member switch
        {
            "competency" or "anyOf" or "broader" => "competency",
            "scale" or "sourceScale" or "targetScale" => "scale",
            "role" => "role",
            "removeRequirements" => "requirement",
            "removeAreas" => "area",
            _ => null,
        };
        return kind is not null && droppedIds.Contains(Key(kind, id));
    }

    private static string Key(string kind, string id) => kind + "\n" + id;

    /// <summary>Frees an object's member offsets and unknown members (the reader's stacks) once it is read.</summary>
    private readonly struct OffsetRelease(CatalogueReader reader, int offsetBase, int unknownStart) : IDisposable
    {
        public void Dispose()
        {
            reader.offsetTop = offsetBase;
            reader.unknownMembers.RemoveRange(unknownStart, reader.unknownMembers.Count - unknownStart);
        }
    }
}

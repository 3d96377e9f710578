using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using RoleModel.Serialization.Wire;
using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>
/// Maps the wire shapes of format 1.x to the domain model. An object that breaks a rule of its own (a missing
/// or blank member, an unknown enumeration value, a bad date, a share above 100) is reported with its path and
/// left out; mapping continues with its siblings, so one pass reports every such problem of a document.
/// </summary>
internal sealed partial class WireToDomain
{
    private readonly WirePath path = new();
    private readonly List<ValidationProblem> problems = [];
    private readonly Dictionary<string, List<int>> keptIndices = new(StringComparer.Ordinal);
    private readonly HashSet<string> droppedIds = new(StringComparer.Ordinal);

    /// <summary>The problems found so far, in document order.</summary>
    internal List<ValidationProblem> Problems => problems;

    /// <summary>
    /// For each array (by document path) from which an item was left out, the document indices of the items
    /// kept, so that paths into the mapped model can be translated back to the document.
    /// </summary>
    internal Dictionary<string, List<int>> KeptIndices => keptIndices;

    /// <summary>Scales, competencies, roles, requirements and areas that were left out, by kind and identifier.</summary>
    internal HashSet<string> DroppedIds => droppedIds;

    /// <summary>Maps a document; the catalogue holds every object that could be mapped.</summary>
    internal Catalogue Map(CatalogueDto dto)
    {
        var extensions = Extensions(dto.Extensions, dto.Schema);
        var frameworks = Items(dto.Frameworks, "frameworks", MapFramework);
        var roles = Items(dto.Roles, "roles", MapRole);
        var people = Items(dto.People, "people", MapPerson);
        var histories = Histories(dto.Histories, roles);
        return new Catalogue(frameworks, roles, people, extensions, histories, Lineage(dto.Lineage));
    }

    private ImmutableArray<T> Items<TDto, T>(List<TDto?>? items, string member, Func<TDto, T?> map)
        where TDto : class
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        using var scope = path.Member(member);
        var builder = ImmutableArray.CreateBuilder<T>(items.Count);
        List<int>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            using var itemScope = path.Index(i);
            T? mapped = null;
            if (items[i] is { } item)
            {
                mapped = map(item);
            }
            else
            {
                Add(ProblemCodes.WrongType, null, "Expected an object but found null.");
            }

            if (mapped is null)
            {
                kept ??= [.. Enumerable.Range(0, i)];
            }
            else
            {
                kept?.Add(i);
                builder.Add(mapped);
            }
        }

        if (kept is not null)
        {
            keptIndices[path.Render()] = kept;
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    private string? Required(string? value, string member)
    {
        if (value is null)
        {
            Missing(member);
        }

        return value;
    }

    private void Missing(string member) =>
        Add(ProblemCodes.MissingMember, member, $"The required member '{member}' is missing or null.");

    private LocalizedText? Text(Dictionary<string, string?>? entries, string? member, bool required)
    {
        if (entries is null)
        {
            if (required)
            {
                Missing(member!);
            }

            return required ? null : LocalizedText.Empty;
        }

        if (entries.Count == 0)
        {
            return LocalizedText.Empty;
        }

        var ok = true;
        foreach (var (culture, text) in entries)
        {
            if (text is null)
            {
                var at = member is null ? path.Render(culture) : path.Render(member, culture);
                problems.Add(new ValidationProblem(ProblemCodes.WrongType, ProblemSeverity.Error, at, $"The text for culture '{culture}' must be a string, not null."));
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        try
        {
            return new LocalizedText(entries!);
        }
        catch (ArgumentException e)
        {
            Invalid(e, member);
            return null;
        }
    }

    private List<string>? Identifiers(List<string?>? items, string member)
    {
        if (items is null)
        {
            return [];
        }

        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                using var scope = path.Member(member);
                using var itemScope = path.Index(i);
                Add(ProblemCodes.WrongType, null, "Expected a string but found null.");
                ok = false;
            }
        }

        // Checked above: no item is null, so the list may be seen as a list of non-null strings, without a copy.
        return ok ? System.Runtime.CompilerServices.Unsafe.As<List<string>>(items) : null;
    }

    private T? Enumeration<T>(string? text, string member, Func<string, T?> parse, string allowed)
        where T : struct, Enum
    {
        if (Required(text, member) is not { } value)
        {
            return null;
        }

        var parsed = parse(value);
        if (parsed is null)
        {
            Add(ProblemCodes.UnknownEnumValue, member, $"'{value}' is not a valid {member}; expected one of: {allowed}.");
        }

        return parsed;
    }

    private NodaTime.LocalDate? Date(string? text, string member, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                Missing(member);
            }

            return null;
        }

        if (!WireValues.TryParseDate(text, out var date))
        {
            Add(ProblemCodes.MalformedDate, member, $"'{text}' is not a valid date; expected {WireValues.DatePattern}.");
            return null;
        }

        return date;
    }

    private ExtensionData Extensions(Dictionary<string, JsonElement>? members, string? schema = null)
    {
        if (schema is null && (members is null || members.Count == 0))
        {
            return ExtensionData.Empty;
        }

        // Unknown members are kept as raw JSON, which the deserializer does not check for valid UTF-8.
        foreach (var (name, value) in members ?? [])
        {
            if (!Utf8.IsValid(JsonMarshal.GetRawUtf8Value(value)))
            {
                Add(ProblemCodes.JsonSyntax, name, $"The value of member '{name}' holds text that is not valid UTF-8.");
            }
        }

        // "$schema" is kept with the unknown members (first), so that it survives a round trip.
        IEnumerable<KeyValuePair<string, JsonElement>> all = members ?? [];
        if (schema is not null)
        {
            all = all.Prepend(new("$schema", JsonSerializer.SerializeToElement(schema, WireContext.Default.String)));
        }

        return new ExtensionData(all);
    }

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
    internal static bool NamesDroppedObject(HashSet<string> droppedIds, string path, string id)
    {
        var member = WirePath.Parse(path).LastOrDefault(s => s.Member is not null).Member;
        var kind = member switch
        {
            "competency" or "anyOf" or "broader" => "competency",
            "scale" => "scale",
            "role" => "role",
            "removeRequirements" => "requirement",
            "removeAreas" => "area",
            _ => null,
        };
        return kind is not null && droppedIds.Contains(Key(kind, id));
    }

    private static string Key(string kind, string id) => kind + "\n" + id;

    /// <summary>Reports a precondition failure of a domain constructor, naming the wire member rather than the parameter.</summary>
    private void Invalid(ArgumentException e, string? member)
    {
        var message = Plain(e);
        if (e.ParamName is { } parameter && member is not null && !string.Equals(parameter, member, StringComparison.Ordinal))
        {
            message = message.Replace($"The {parameter} ", $"The {member} ", StringComparison.Ordinal);
        }

        Add(ProblemCodes.InvalidValue, member, message);
    }

    private void Add(string code, string? member, string message) =>
        problems.Add(new ValidationProblem(code, ProblemSeverity.Error, path.Render(member), message));

    /// <summary>The one-sentence rule of a precondition failure, without the parameter name the BCL appends.</summary>
    private static string Plain(ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>The document root: its version, its lists, and its unknown members.</summary>
internal sealed partial class CatalogueReader
{
    private string? schemaVersion;
    private bool versionBroken;
    private long versionOffset;

    private Catalogue? Root(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Report(ProblemCodes.WrongType, reader.TokenStartIndex, $"The document must be a JSON object, but is {Shapes.Found(reader.TokenType)}.");
            SkipValue(ref reader);
            versionBroken = true; // not a document at all: no version to speak of
            return null;
        }

        var state = Open(ref reader, RootMembers.Table);
        using var release = Release(state);
        JsonElement? schema = null;
        ImmutableArray<CompetencyFramework> frameworks = [];
        ImmutableArray<Role> roles = [];
        ImmutableArray<Person> people = [];
        ImmutableArray<PendingHistory> histories = [];
        ImmutableArray<RoleLineage> lineage = [];
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case RootMembers.Schema:
                    // "$schema" is kept with the unknown members (first), so that it survives a round trip.
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        schema = JsonElement.ParseValue(ref reader);
                    }
                    else
                    {
                        WrongType(ref reader, "a string, the address of the JSON Schema");
                        state.Break(member);
                    }

                    break;
                case RootMembers.SchemaVersion:
                    schemaVersion = String(ref reader, ref state, member, Shapes.SchemaVersion);
                    versionBroken = schemaVersion is null;
                    break;
                case RootMembers.Frameworks: frameworks = Items(ref reader, ref state, member, readFramework, "competency frameworks", "a competency framework", out _); break;
                case RootMembers.Roles: roles = Items(ref reader, ref state, member, readRole, "roles", "a role", out _); break;
                case RootMembers.People: people = Items(ref reader, ref state, member, readPerson, "people", "a person", out _); break;
                case RootMembers.Histories: histories = Items(ref reader, ref state, member, readHistory, "role histories", "a role history", out _); break;
                default: lineage = Items(ref reader, ref state, member, readLineage, "lineage facts", "a lineage fact", out _); break;
            }

            path.Pop();
        }

        versionOffset = OffsetOf(state, RootMembers.SchemaVersion);
        var extensions = Extensions(state);
        if (schema is { } value)
        {
            extensions = new ExtensionData([new("$schema", value), .. extensions.Members]);
        }

        return new Catalogue(frameworks, roles, people, extensions, Histories(histories, roles), lineage);
    }

    private static class RootMembers
    {
        internal const int Schema = 0, SchemaVersion = 1, Frameworks = 2, Roles = 3, People = 4, Histories = 5, Lineage = 6;
        internal static readonly KnownMembers Table = new("$schema", "schemaVersion", "frameworks", "roles", "people", "histories", "lineage");
    }
}

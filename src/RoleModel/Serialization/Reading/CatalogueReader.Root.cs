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
            Report(ProblemCodes.WrongType, reader.TokenStartIndex, ProblemMessage.Of("Document.NotObject", Shapes.FoundMessage(reader.TokenType)));
            SkipValue(ref reader);
            versionBroken = true; // not a document at all: no version to speak of
            return null;
        }

        var state = Open(ref reader, RootMembers.Table);
        using var release = Release(state);
        int? schema = null;
        ImmutableArray<CompetencyFramework> frameworks = [];
        ImmutableArray<Role> roles = [];
        ImmutableArray<Person> people = [];
        ImmutableArray<PendingHistory> histories = [];
        ImmutableArray<RoleLineage> lineage = [];
        ImmutableArray<CatalogueImport> imports = [];
        string? id = null, version = null, issued = null, publisher = null;
        while (NextMember(ref reader, ref state, out var member))
        {
            switch (member)
            {
                case RootMembers.Schema:
                    // "$schema" is kept with the unknown members (first), so that it survives a round trip.
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        schema = Keep(ref reader);
                    }
                    else
                    {
                        WrongType(ref reader, Shapes.SchemaAddress);
                        state.Break(member);
                    }

                    break;
                case RootMembers.SchemaVersion:
                    schemaVersion = String(ref reader, ref state, member, Shapes.SchemaVersion);
                    versionBroken = schemaVersion is null;
                    break;
                case RootMembers.Id: id = Identifier(ref reader, ref state, member); break;
                case RootMembers.Version: version = Identifier(ref reader, ref state, member); break;
                case RootMembers.Issued: issued = String(ref reader, ref state, member, Shapes.Date); break;
                case RootMembers.Publisher: publisher = String(ref reader, ref state, member); break;
                case RootMembers.Frameworks: frameworks = Items(ref reader, ref state, member, readFramework, "competency frameworks", "a competency framework", out _); break;
                case RootMembers.Roles: roles = Items(ref reader, ref state, member, readRole, "roles", "a role", out _); break;
                case RootMembers.People: people = Items(ref reader, ref state, member, readPerson, "people", "a person", out _); break;
                case RootMembers.Histories: histories = Items(ref reader, ref state, member, readHistory, "role histories", "a role history", out _); break;
                case RootMembers.Imports: imports = Items(ref reader, ref state, member, readImport, "imports", "an import", out _); break;
                default: lineage = Items(ref reader, ref state, member, readLineage, "lineage facts", "a lineage fact", out _); break;
            }

            path.Pop();
        }

        versionOffset = OffsetOf(state, RootMembers.SchemaVersion);
        if (schema is { } value)
        {
            unknownMembers.Insert(state.UnknownStart, new("$schema", value));
        }

        var extensions = Extensions(state);

        var identity = Identity(state, id, version, issued, publisher);
        var baselines = ResolveImports(identity, imports, roles);
        return new Catalogue(frameworks, roles, people, extensions, Histories(histories, baselines), lineage, identity, imports);
    }

    /// <summary>The catalogue's identity: <c>id</c>, <c>version</c> and <c>issued</c> together, <c>publisher</c> optional.</summary>
    private CatalogueIdentity? Identity(in ObjectState state, string? id, string? version, string? issuedText, string? publisher)
    {
        const int identityMembers = (1 << RootMembers.Id) | (1 << RootMembers.Version) | (1 << RootMembers.Issued) | (1 << RootMembers.Publisher);
        if ((state.Present & identityMembers) == 0 || (state.Broken & identityMembers) != 0)
        {
            return null;
        }

        id = Required(state, id, RootMembers.Id);
        version = Required(state, version, RootMembers.Version);
        var issued = Date(state, issuedText, RootMembers.Issued, required: true);
        if (id is null || version is null || issued is null)
        {
            return null;
        }

        try
        {
            return new CatalogueIdentity(id, version, issued.Value, publisher);
        }
        catch (ArgumentException e)
        {
            Invalid(state, e, e.ParamName switch
            {
                "version" => RootMembers.Version,
                "publisher" => RootMembers.Publisher,
                _ => RootMembers.Id,
            });
            return null;
        }
    }

    private static class RootMembers
    {
        internal const int Schema = 0, SchemaVersion = 1, Id = 2, Version = 3, Issued = 4, Publisher = 5, Imports = 6, Frameworks = 7, Roles = 8, People = 9, Histories = 10, Lineage = 11;
        internal static readonly KnownMembers Table = new("$schema", "schemaVersion", "id", "version", "issued", "publisher", "imports", "frameworks", "roles", "people", "histories", "lineage");
    }
}

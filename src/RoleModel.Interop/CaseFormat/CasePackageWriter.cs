using System.Globalization;
using System.Text.Json;
using NodaTime.Text;

namespace RoleModel.Interop.CaseFormat;

/// <summary>Writes one package.</summary>
internal sealed class CasePackageWriter(CompetencyFramework framework, Utf8JsonWriter writer, CaseExportOptions options)
{
    private readonly CaseIdentifiers ids = new(options.BaseUri);
    private readonly CultureInfo culture = CultureInfo.GetCultureInfo(options.Language);
    private readonly string lastChange = InstantPattern.General.Format(options.LastChange);

    public void Write()
    {
        writer.WriteStartObject();
        var document = ids.For("CFDocument", framework.Id);
        WriteDocument(document);
        writer.WriteStartArray("CFItems");
        foreach (var competency in framework.Competencies)
        {
            WriteItem(competency);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("CFAssociations");
        var sequence = 0;
        foreach (var competency in framework.Competencies)
        {
            WriteAssociations(competency, document, ref sequence);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("CFRubrics");
        foreach (var scale in framework.Scales)
        {
            WriteRubric(scale);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteDocument(string identifier)
    {
        writer.WriteStartObject("CFDocument");
        writer.WriteString("identifier", identifier);
        writer.WriteString("uri", Uri("CFDocuments", identifier));
        writer.WriteString("caseVersion", "1.1");
        writer.WriteString("creator", options.Creator);
        writer.WriteString("title", Text(framework.Name, framework.Id));
        writer.WriteString("lastChangeDateTime", lastChange);
        if (OptionalText(framework.Description) is { } description)
        {
            writer.WriteString("description", description);
        }

        writer.WriteString("language", options.Language);
        if (framework.Version is { } version)
        {
            writer.WriteString("version", version);
        }

        writer.WriteStartObject("extensions");
        writer.WriteString("roleModel:id", framework.Id);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteItem(Competency competency)
    {
        var identifier = ids.For("CFItem", competency.Id);
        writer.WriteStartObject();
        writer.WriteString("identifier", identifier);
        writer.WriteString("fullStatement", Text(competency.Name, competency.Id));
        writer.WriteString("CFItemType", competency.Kind.Code);
        writer.WriteString("uri", Uri("CFItems", identifier));
        if (!System.Uri.IsWellFormedUriString(competency.Id, UriKind.Absolute))
        {
            writer.WriteString("humanCodingScheme", competency.Id);
        }

        if (OptionalText(competency.Description) is { } description)
        {
            writer.WriteString("notes", description);
        }

        writer.WriteString("language", options.Language);
        writer.WriteString("lastChangeDateTime", lastChange);
        writer.WriteStartObject("extensions");
        writer.WriteString("roleModel:id", competency.Id);
        writer.WriteString("roleModel:kind", competency.Kind.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteAssociations(Competency competency, string document, ref int sequence)
    {
        var item = Link("CFItems", ids.For("CFItem", competency.Id), Text(competency.Name, competency.Id));
        var parents = competency.BroaderIds.Where(id => framework.FindCompetency(id) is not null).ToList();
        if (parents.Count == 0)
        {
            WriteAssociation("isChildOf", competency.Id, document, item,
                Link("CFDocuments", document, Text(framework.Name, framework.Id)), ++sequence);
        }

        foreach (var parentId in parents)
        {
            var parent = framework.FindCompetency(parentId)!;
            WriteAssociation("isChildOf", competency.Id, parentId, item,
                Link("CFItems", ids.For("CFItem", parentId), Text(parent.Name, parentId)), ++sequence);
        }

        foreach (var mapping in competency.Mappings)
        {
            var type = mapping.Relation == MappingRelation.ExactMatch ? "exactMatchOf" : "isRelatedTo";
            var external = (Title: $"{mapping.Scheme}:{mapping.Uri}", Identifier: ids.For("External", mapping.Scheme + "\n" + mapping.Uri), Uri: mapping.Uri, TargetType: (string?)ExternalTargetType(mapping.Scheme));
            WriteAssociation(type, competency.Id, external.Title, item, external, null);
        }
    }

    private void WriteAssociation(string type, string originKey, string destinationKey,
        (string Title, string Identifier, string Uri, string? TargetType) origin,
        (string Title, string Identifier, string Uri, string? TargetType) destination, int? sequenceNumber)
    {
        var identifier = ids.For("CFAssociation", $"{type}\n{originKey}\n{destinationKey}");
        writer.WriteStartObject();
        writer.WriteString("identifier", identifier);
        writer.WriteString("associationType", type);
        if (sequenceNumber is { } number)
        {
            writer.WriteNumber("sequenceNumber", number);
        }

        writer.WriteString("uri", Uri("CFAssociations", identifier));
        WriteLink("originNodeURI", origin);
        WriteLink("destinationNodeURI", destination);
        writer.WriteString("lastChangeDateTime", lastChange);
        writer.WriteEndObject();
    }

    private void WriteRubric(ProficiencyScale scale)
    {
        var rubric = ids.For("CFRubric", scale.Id);
        var criterion = ids.For("CFRubricCriterion", scale.Id);
        writer.WriteStartObject();
        writer.WriteString("identifier", rubric);
        writer.WriteString("uri", Uri("CFRubrics", rubric));
        writer.WriteString("title", Text(scale.Name, scale.Id));
        writer.WriteString("lastChangeDateTime", lastChange);
        writer.WriteStartObject("extensions");
        writer.WriteString("roleModel:id", scale.Id);
        writer.WriteEndObject();
        writer.WriteStartArray("CFRubricCriteria");
        writer.WriteStartObject();
        writer.WriteString("identifier", criterion);
        writer.WriteString("uri", Uri("CFRubricCriteria", criterion));
        writer.WriteString("description", Text(scale.Name, scale.Id));
        writer.WriteNumber("position", 1);
        writer.WriteString("rubricId", rubric);
        writer.WriteString("lastChangeDateTime", lastChange);
        writer.WriteStartArray("CFRubricCriterionLevels");
        for (var i = 0; i < scale.Levels.Length; i++)
        {
            var level = scale.Levels[i];
            var identifier = ids.For("CFRubricCriterionLevel", scale.Id + "\n" + level.Code);
            writer.WriteStartObject();
            writer.WriteString("identifier", identifier);
            writer.WriteString("uri", Uri("CFRubricCriterionLevels", identifier));
            if (OptionalText(level.Description) is { } description)
            {
                writer.WriteString("description", description);
            }

            writer.WriteString("quality", Text(level.Label, level.Code));
            writer.WriteNumber("score", i);
            writer.WriteNumber("position", i + 1);
            writer.WriteString("rubricCriterionId", criterion);
            writer.WriteString("lastChangeDateTime", lastChange);
            writer.WriteStartArray("extensions");
            writer.WriteStartObject();
            writer.WriteString("roleModel:levelCode", level.Code);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteLink(string name, (string Title, string Identifier, string Uri, string? TargetType) link)
    {
        writer.WriteStartObject(name);
        writer.WriteString("title", link.Title);
        writer.WriteString("identifier", link.Identifier);
        writer.WriteString("uri", link.Uri);
        if (link.TargetType is { } targetType)
        {
            writer.WriteString("targetType", targetType);
        }

        writer.WriteEndObject();
    }

    private (string Title, string Identifier, string Uri, string? TargetType) Link(string collection, string identifier, string title, string? targetType = null) =>
        (title, identifier, Uri(collection, identifier), targetType);

    /// <summary>CASE's extension convention for a target outside CASE: <c>ext:</c> and the scheme (letters, digits, <c>._-</c>).</summary>
    private static string ExternalTargetType(string scheme) =>
        "ext:" + string.Concat(scheme.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-'));

    private string Uri(string collection, string identifier) => $"{options.BaseUri.AbsoluteUri}{collection}/{identifier}";

    private string Text(LocalizedText text, string fallback) => OptionalText(text) ?? fallback;

    private string? OptionalText(LocalizedText text) => text.Get(culture) is { Length: > 0 } value ? value : null;
}

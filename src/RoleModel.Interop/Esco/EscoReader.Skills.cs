using RoleModel.Interop.Tables;
using RoleModel.Validation;

namespace RoleModel.Interop.Esco;

/// <summary>The skills pillar: skills, skill groups, their hierarchy and skill-skill relations.</summary>
internal sealed partial class EscoReader
{
    private const string Essential = "essential";
    private const string Optional = "optional";

    private readonly Dictionary<string, CompetencyKind> kindByType = new(StringComparer.Ordinal);

    private void ReadSkills(ImportStep step) =>
        ReadConcepts(step, files.Skills, "KnowledgeSkillCompetence", ["skillType"], competencyColumns, (table, extra, row) =>
            AddUnique(table, row.ToConcept(SkillKind(table, extra[0])), competencies, competencyIndex));

    private void ReadSkillGroups(ImportStep step) =>
        ReadConcepts(step, files.SkillGroups, "SkillGroup", [], competencyColumns, (table, _, row) =>
            AddUnique(table, row.ToConcept(EscoImporter.SkillGroupKind), competencies, competencyIndex));

    /// <summary>The kind in a field of the current record: the usual ones compared as bytes, without a string.</summary>
    private CompetencyKind SkillKind(CsvTable table, int column)
    {
        if (table.TryGetUntrimmedUtf8(column, out var utf8))
        {
            if (utf8.SequenceEqual("skill/competence"u8))
            {
                return CompetencyKind.Skill;
            }

            if (utf8.SequenceEqual("knowledge"u8))
            {
                return CompetencyKind.Knowledge;
            }
        }

        return SkillKind(table.Get(column).Trim());
    }

    /// <summary>"skill/competence" is a skill, "knowledge" knowledge, empty unspecified, anything else a kind of its own.</summary>
    private CompetencyKind SkillKind(string skillType)
    {
        if (!kindByType.TryGetValue(skillType, out var kind))
        {
            kind = skillType switch
            {
                "skill/competence" => CompetencyKind.Skill,
                "knowledge" => CompetencyKind.Knowledge,
                "" => EscoImporter.UnspecifiedKind,
                _ => CompetencyKind.FromCode(skillType),
            };
            kindByType[skillType] = kind;
        }

        return kind;
    }

    private void ReadSkillHierarchy(ImportStep step) =>
        ReadLinks(step, files.SkillHierarchy, "conceptUri", "broaderUri", [], FindCompetency, FindCompetency, (table, from, to, _) =>
        {
            var (uri, broaderUri) = (from.Text, to.Text);
            if (Resolve(table, from, to, ProblemMessage.Of("Esco.What.BroaderRelation")) is { } concept)
            {
                concept.Broader ??= [];
                if (concept.Broader.Contains(broaderUri, StringComparer.Ordinal))
                {
                    table.Warning(ProblemMessage.Of("Esco.BroaderTwice", uri, broaderUri));
                    return;
                }

                concept.Broader.Add(broaderUri);
            }
        });

    private void ReadSkillRelations(ImportStep step) =>
        ReadLinks(step, files.SkillRelations, "originalSkillUri", "relatedSkillUri", ["relationType"], FindCompetency, FindCompetency, (table, from, to, columns) =>
        {
            var relationType = RelationType(table, columns[2]);
            if (relationType.Length == 0)
            {
                table.Error(ProblemMessage.Of("Esco.NoRelationType", from.Text, to.Text));
                return;
            }

            if (Resolve(table, from, to, ProblemMessage.Of("Esco.What.SkillRelation")) is { } concept)
            {
                (concept.Related ??= []).Add((to.Text, relationType));
            }
        });

    private UriField FindCompetency(CsvTable table, int column) => competencyIndex.Find(table, column);

    /// <summary>A relation type, trimmed: the same instance for every row that says <c>essential</c> or <c>optional</c>.</summary>
    private static string RelationType(CsvTable table, int column)
    {
        if (table.TryGetUntrimmedUtf8(column, out var utf8))
        {
            if (utf8.SequenceEqual("essential"u8))
            {
                return Essential;
            }

            if (utf8.SequenceEqual("optional"u8))
            {
                return Optional;
            }
        }

        var text = table.Get(column).Trim();
        return text switch
        {
            Essential => Essential,
            Optional => Optional,
            _ => text,
        };
    }

    /// <summary>The concept a link starts from when both ends exist; otherwise a warning and null.</summary>
    private static EscoConcept? Resolve(CsvTable table, UriField from, UriField to, ProblemMessage what)
    {
        var missing = from.Concept is null ? from.Text : to.Concept is null ? to.Text : null;
        if (missing is not null)
        {
            table.Warning(ProblemMessage.Of("Esco.RelationUnknown", what, from.Text, to.Text, missing));
            return null;
        }

        return from.Concept;
    }

    private void ReadCollections(ImportStep step)
    {
        foreach (var (file, collection) in files.Collections)
        {
            using var table = Open(step, [file], required: false);
            var columns = table?.RequireColumns("conceptUri");
            if (table is null || columns is null)
            {
                continue;
            }

            var isOccupations = file.StartsWith("research", StringComparison.Ordinal) && file.Contains("Occupations", StringComparison.Ordinal);
            if (options.OccupationsOnly && !isOccupations)
            {
                continue;
            }

            var index = isOccupations ? occupationIndex : competencyIndex;
            while (table.Read())
            {
                var uri = index.Find(table, columns[0]);
                if (uri.Concept is { } concept)
                {
                    (concept.Collections ??= []).Add(collection);
                }
                else
                {
                    table.Warning(ProblemMessage.Of("Esco.CollectionUnknown", collection, uri.Text));
                }
            }

            Done(step, table);
        }
    }
}

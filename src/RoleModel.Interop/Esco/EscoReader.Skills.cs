using RoleModel.Interop.Tables;

namespace RoleModel.Interop.Esco;

/// <summary>The skills pillar: skills, skill groups, their hierarchy and skill-skill relations.</summary>
internal sealed partial class EscoReader
{
    private readonly Dictionary<string, CompetencyKind> kindByType = new(StringComparer.Ordinal);

    private void ReadSkills() =>
        ReadConcepts(files.Skills, "KnowledgeSkillCompetence", ["skillType"], (table, extra, row) =>
        {
            var concept = row.ToConcept(SkillKind(table.Get(extra[0]).Trim()));
            return AddUnique(table, concept, competencies, competencyByUri) ? concept : null;
        });

    private void ReadSkillGroups() =>
        ReadConcepts(files.SkillGroups, "SkillGroup", [], (table, _, row) =>
        {
            var concept = row.ToConcept(EscoImporter.SkillGroupKind);
            return AddUnique(table, concept, competencies, competencyByUri) ? concept : null;
        });

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

    private void ReadSkillHierarchy() =>
        ReadLinks(files.SkillHierarchy, "conceptUri", "broaderUri", [], (table, uri, broaderUri, _) =>
        {
            if (Resolve(table, competencyByUri, uri, broaderUri, "broader relation") is { } concept)
            {
                concept.Broader ??= [];
                if (concept.Broader.Contains(broaderUri, StringComparer.Ordinal))
                {
                    table.Warning($"The broader relation of '{uri}' to '{broaderUri}' occurs twice; the repetition was left out.");
                    return;
                }

                concept.Broader.Add(broaderUri);
            }
        });

    private void ReadSkillRelations() =>
        ReadLinks(files.SkillRelations, "originalSkillUri", "relatedSkillUri", ["relationType"], (table, uri, relatedUri, columns) =>
        {
            var relationType = table.GetPooled(columns[2], pool.GetAlternateLookup<ReadOnlySpan<char>>());
            if (relationType.Length == 0)
            {
                table.Error($"The relationType of '{uri}' to '{relatedUri}' is empty.");
                return;
            }

            if (Resolve(table, competencyByUri, uri, relatedUri, "skill relation") is { } concept)
            {
                (concept.Related ??= []).Add((relatedUri, relationType));
            }
        });

    /// <summary>The concept a link starts from when both ends exist; otherwise a warning and null.</summary>
    private static EscoConcept? Resolve(CsvTable table, Dictionary<string, EscoConcept> byUri, string uri, string otherUri, string what)
    {
        var concept = byUri.GetValueOrDefault(uri);
        var missing = concept is null ? uri : byUri.ContainsKey(otherUri) ? null : otherUri;
        if (missing is not null)
        {
            table.Warning($"The {what} of '{uri}' to '{otherUri}' was left out: '{missing}' is not in this release.");
            return null;
        }

        return concept;
    }

    private void ReadCollections()
    {
        foreach (var (file, collection) in files.Collections)
        {
            using var table = Open([file], required: false);
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

            var byUri = isOccupations ? occupationByUri : competencyByUri;
            while (table.Read())
            {
                var uri = table.Get(columns[0]).Trim();
                if (byUri.GetValueOrDefault(uri) is { } concept)
                {
                    (concept.Collections ??= []).Add(collection);
                }
                else
                {
                    table.Warning($"The collection '{collection}' names '{uri}', which is not in this release; it was left out.");
                }
            }

            Done(table);
        }
    }
}

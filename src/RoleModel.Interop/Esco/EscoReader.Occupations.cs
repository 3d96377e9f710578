using RoleModel.Interop.Tables;
using RoleModel.Validation;

namespace RoleModel.Interop.Esco;

/// <summary>The occupations pillar: ISCO groups, occupations, their hierarchy and their skills.</summary>
internal sealed partial class EscoReader
{
    private void ReadIscoGroups(ImportStep step) =>
        ReadConcepts(step, files.IscoGroups, "ISCOGroup", ["code"], iscoGroupColumns, (table, extra, row) =>
        {
            var code = table.Get(extra[0]).Trim();
            if (code.Length == 0)
            {
                table.Error(ProblemMessage.Of("Esco.IscoNoCode", row.Uri));
                return;
            }

            if (AddUnique(table, row.ToConcept(code: code), iscoGroups, iscoGroupIndex))
            {
                iscoCodes.Add(code);
            }
        });

    private void ReadOccupations(ImportStep step) =>
        ReadConcepts(step, files.Occupations, "Occupation", ["iscoGroup"], occupationColumns, (table, extra, row) =>
        {
            var code = table.Get(extra[0]).Trim();
            if (code.Length == 0)
            {
                table.Error(ProblemMessage.Of("Esco.OccupationNoIsco", row.Uri));
                return;
            }

            if (!iscoCodes.Contains(code))
            {
                table.Warning(ProblemMessage.Of("Esco.IscoUnknown", code, row.Uri));
            }

            AddUnique(table, row.ToConcept(code: code), occupations, occupationIndex);
        });

    private void ReadOccupationHierarchy(ImportStep step) =>
        ReadLinks(step, files.OccupationHierarchy, "conceptUri", "broaderUri", [], FindOccupationOrGroup, FindOccupationOrGroup, (table, from, to, _) =>
        {
            var (uri, broaderUri) = (from.Text, to.Text);
            var missing = from.Concept is null ? uri : to.Concept is null ? broaderUri : null;
            if (missing is not null)
            {
                table.Warning(ProblemMessage.Of("Esco.BroaderUnknown", uri, broaderUri, missing));
                return;
            }

            var concept = from.Concept!;
            concept.Broader ??= [];
            if (concept.Broader.Contains(broaderUri, StringComparer.Ordinal))
            {
                table.Warning(ProblemMessage.Of("Esco.BroaderTwice", uri, broaderUri));
                return;
            }

            concept.Broader.Add(broaderUri);
        });

    private UriField FindOccupationOrGroup(CsvTable table, int column) => occupationIndex.Find(table, column, iscoGroupIndex);

    /// <summary>
    /// Reads the occupations' skills. The occupation and the skill of a row are looked up by their bytes, in the
    /// occupations and in the skills, and the occupation only once per run of rows that name it (the rows come
    /// grouped by occupation).
    /// </summary>
    private void ReadRequirements(ImportStep step)
    {
        UriField last = default;
        UriField FindOccupation(CsvTable table, int column) =>
            last.Concept is not null && table.TryGetUntrimmedUtf8(column, out var utf8) && System.Text.Ascii.Equals(utf8, last.Text)
                ? last
                : last = occupationIndex.Find(table, column);

        ReadLinks(step, files.OccupationSkills, "occupationUri", "skillUri", ["relationType"], FindOccupation, FindCompetency, (table, occupationField, skillField, columns) =>
        {
            var (uri, skillUri) = (occupationField.Text, skillField.Text);
            var relationType = RelationType(table, columns[2]);
            RequirementImportance importance;
            if (ReferenceEquals(relationType, Essential))
            {
                importance = RequirementImportance.Essential;
            }
            else if (ReferenceEquals(relationType, Optional))
            {
                importance = RequirementImportance.Optional;
            }
            else
            {
                table.Error(ProblemMessage.Of("Esco.RelationTypeInvalid", relationType, uri, skillUri));
                return;
            }

            var occupation = occupationField.Concept;
            var skill = skillField.Concept;
            var missing = occupation is null ? uri : skill is null ? skillUri : null;
            if (missing is not null)
            {
                table.Warning(ProblemMessage.Of("Esco.SkillUnknown", relationType, skillUri, uri, missing));
                return;
            }

            if (!occupation!.AddRequirement(skill!, importance))
            {
                table.Warning(ProblemMessage.Of("Esco.SkillTwice", skillUri, uri));
            }
        });
    }
}

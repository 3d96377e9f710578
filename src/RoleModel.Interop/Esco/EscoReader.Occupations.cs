using RoleModel.Interop.Tables;

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
                table.Error($"The code of ISCO group '{row.Uri}' is empty.");
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
                table.Error($"The iscoGroup of occupation '{row.Uri}' is empty.");
                return;
            }

            if (!iscoCodes.Contains(code))
            {
                table.Warning($"The iscoGroup '{code}' of occupation '{row.Uri}' is not an ISCO group of this release; it is kept as a tag.");
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
                table.Warning($"The broader relation of '{uri}' to '{broaderUri}' was left out: '{missing}' is not in this release.");
                return;
            }

            var concept = from.Concept!;
            concept.Broader ??= [];
            if (concept.Broader.Contains(broaderUri, StringComparer.Ordinal))
            {
                table.Warning($"The broader relation of '{uri}' to '{broaderUri}' occurs twice; the repetition was left out.");
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
                table.Error($"The relationType '{relationType}' of '{uri}' to '{skillUri}' is neither 'essential' nor 'optional'.");
                return;
            }

            var occupation = occupationField.Concept;
            var skill = skillField.Concept;
            var missing = occupation is null ? uri : skill is null ? skillUri : null;
            if (missing is not null)
            {
                table.Warning($"The {relationType} skill '{skillUri}' of occupation '{uri}' was left out: '{missing}' is not in this release.");
                return;
            }

            if (!occupation!.AddRequirement(skill!, importance))
            {
                table.Warning($"The skill '{skillUri}' of occupation '{uri}' occurs twice; the repetition was left out.");
            }
        });
    }
}

namespace RoleModel.Interop.Esco;

/// <summary>The occupations pillar: ISCO groups, occupations, their hierarchy and their skills.</summary>
internal sealed partial class EscoReader
{
    private void ReadIscoGroups() =>
        ReadConcepts(files.IscoGroups, "ISCOGroup", ["code"], (table, extra, row) =>
        {
            var code = table.Get(extra[0]).Trim();
            if (code.Length == 0)
            {
                table.Error($"The code of ISCO group '{row.Uri}' is empty.");
                return null;
            }

            var concept = row.ToConcept(code: code);
            if (AddUnique(table, concept, iscoGroups, iscoGroupByUri))
            {
                iscoCodes.Add(code);
            }

            return concept;
        });

    private void ReadOccupations() =>
        ReadConcepts(files.Occupations, "Occupation", ["iscoGroup"], (table, extra, row) =>
        {
            var code = table.Get(extra[0]).Trim();
            if (code.Length == 0)
            {
                table.Error($"The iscoGroup of occupation '{row.Uri}' is empty.");
                return null;
            }

            if (!iscoCodes.Contains(code))
            {
                table.Warning($"The iscoGroup '{code}' of occupation '{row.Uri}' is not an ISCO group of this release; it is kept as a tag.");
            }

            var concept = row.ToConcept(code: code);
            return AddUnique(table, concept, occupations, occupationByUri) ? concept : null;
        });

    private void ReadOccupationHierarchy() =>
        ReadLinks(files.OccupationHierarchy, "conceptUri", "broaderUri", [], (table, uri, broaderUri, _) =>
        {
            var concept = occupationByUri.GetValueOrDefault(uri) ?? iscoGroupByUri.GetValueOrDefault(uri);
            var missing = concept is null ? uri
                : occupationByUri.ContainsKey(broaderUri) || iscoGroupByUri.ContainsKey(broaderUri) ? null : broaderUri;
            if (missing is not null)
            {
                table.Warning($"The broader relation of '{uri}' to '{broaderUri}' was left out: '{missing}' is not in this release.");
                return;
            }

            concept!.Broader ??= [];
            if (concept.Broader.Contains(broaderUri, StringComparer.Ordinal))
            {
                table.Warning($"The broader relation of '{uri}' to '{broaderUri}' occurs twice; the repetition was left out.");
                return;
            }

            concept.Broader.Add(broaderUri);
        });

    private EscoConcept? lastOccupation;

    private void ReadRequirements() =>
        ReadLinks(files.OccupationSkills, "occupationUri", "skillUri", ["relationType"], (table, uri, skillUri, columns) =>
        {
            var relationType = table.GetPooled(columns[2], pool.GetAlternateLookup<ReadOnlySpan<char>>());
            RequirementImportance importance;
            if (string.Equals(relationType, "essential", StringComparison.Ordinal))
            {
                importance = RequirementImportance.Essential;
            }
            else if (string.Equals(relationType, "optional", StringComparison.Ordinal))
            {
                importance = RequirementImportance.Optional;
            }
            else
            {
                table.Error($"The relationType '{relationType}' of '{uri}' to '{skillUri}' is neither 'essential' nor 'optional'.");
                return;
            }

            // The rows come grouped by occupation: look it up once per group.
            var occupation = ReferenceEquals(uri, lastOccupation?.Uri) ? lastOccupation : occupationByUri.GetValueOrDefault(uri);
            lastOccupation = occupation;
            var missing = occupation is null ? uri : competencyByUri.ContainsKey(skillUri) ? null : skillUri;
            if (missing is not null)
            {
                table.Warning($"The {relationType} skill '{skillUri}' of occupation '{uri}' was left out: '{missing}' is not in this release.");
                return;
            }

            occupation!.RequiredSkills ??= new(StringComparer.Ordinal);
            if (!occupation.RequiredSkills.Add(skillUri))
            {
                table.Warning($"The skill '{skillUri}' of occupation '{uri}' occurs twice; the repetition was left out.");
                return;
            }

            (occupation.Requirements ??= []).Add(new CompetencyRequirement(skillUri, importance: importance));
        });
}

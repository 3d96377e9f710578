namespace RoleModel.Validation;

/// <summary>The rules of the catalogue's lineage facts (see <see cref="RoleLineage"/>).</summary>
internal sealed partial class CatalogueValidator
{
    private void CheckLineage()
    {
        var seen = new HashSet<(string, RoleLineageKind, string, NodaTime.LocalDate)>();
        for (var i = 0; i < catalogue.Lineage.Length; i++)
        {
            var fact = catalogue.Lineage[i];
            var at = Format($"$.lineage[{i}]");
            if (lookup.FindRole(fact.RoleId) is null)
            {
                Add(ProblemCodes.UnresolvedReference, $"{at}.role", ProblemMessage.Of("Lineage.UnknownRole", fact.RoleId));
            }

            if (lookup.FindRole(fact.SourceRoleId) is null)
            {
                Add(ProblemCodes.UnresolvedReference, $"{at}.from", ProblemMessage.Of("Lineage.UnknownSource", fact.RoleId, fact.SourceRoleId));
            }

            if (!seen.Add((fact.RoleId, fact.Kind, fact.SourceRoleId, fact.EffectiveOn)))
            {
                Add(ProblemCodes.DuplicateId, at, ProblemMessage.Of("Lineage.Twice", Format($"{fact}")));
            }

            var history = lookup.FindHistory(fact.RoleId);
            for (var j = 0; j < fact.TaskIds.Length; j++)
            {
                var taskId = fact.TaskIds[j];
                if (history?.Changes.Any(c => string.Equals(c.Task?.Id ?? c.TaskId, taskId, StringComparison.Ordinal)) != true)
                {
                    Add(ProblemCodes.UnresolvedReference, Format($"{at}.tasks[{j}]"), ProblemMessage.Of("Lineage.UnknownTask", fact.RoleId, taskId));
                }
            }
        }
    }
}

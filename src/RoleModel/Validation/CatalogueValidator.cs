using System.Globalization;

namespace RoleModel.Validation;

/// <summary>The rules that span several parts of a catalogue (see <see cref="Catalogue.Validate()"/>).</summary>
internal sealed partial class CatalogueValidator(Catalogue catalogue)
{
    private readonly List<ValidationProblem> problems = [];

    internal ValidationReport ValidateCatalogue()
    {
        CheckUnique(catalogue.Frameworks.Select((f, i) => (f.Id, $"$.frameworks[{i}].id")), "framework");
        CheckUnique(
            catalogue.Frameworks.SelectMany((f, i) => f.Scales.Select((s, j) => (s.Id, $"$.frameworks[{i}].scales[{j}].id"))),
            "scale");
        CheckUnique(
            catalogue.Frameworks.SelectMany((f, i) => f.Competencies.Select((c, j) => (c.Id, $"$.frameworks[{i}].competencies[{j}].id"))),
            "competency");
        CheckUnique(catalogue.Roles.Select((r, i) => (r.Id, $"$.roles[{i}].id")), "role");
        CheckUnique(catalogue.People.Select((p, i) => (p.Id, $"$.people[{i}].id")), "person");

        for (var i = 0; i < catalogue.Frameworks.Length; i++)
        {
            var competencies = catalogue.Frameworks[i].Competencies;
            for (var j = 0; j < competencies.Length; j++)
            {
                var broader = competencies[j].BroaderIds;
                for (var k = 0; k < broader.Length; k++)
                {
                    CheckCompetency(broader[k], $"$.frameworks[{i}].competencies[{j}].broader[{k}]");
                }
            }
        }

        CheckBroaderCycles();
        for (var i = 0; i < catalogue.Roles.Length; i++)
        {
            CheckRole(catalogue.Roles[i], $"$.roles[{i}]");
        }

        CheckTemplateCycles();
        for (var i = 0; i < catalogue.People.Length; i++)
        {
            CheckPerson(catalogue.People[i], $"$.people[{i}]");
        }

        return new ValidationReport(problems);
    }

    private void CheckRole(Role role, string path)
    {
        CheckUnique(role.Requirements.Select((r, j) => (r.Id, $"{path}.requirements[{j}].id")), "requirement");
        CheckUnique(role.Areas.Select((a, j) => (a.Id, $"{path}.areas[{j}].id")), "responsibility area");
        for (var j = 0; j < role.Requirements.Length; j++)
        {
            var requirement = role.Requirements[j];
            var requirementPath = $"{path}.requirements[{j}]";
            if (requirement.IsGroup)
            {
                for (var k = 0; k < requirement.CompetencyIds.Length; k++)
                {
                    CheckCompetency(requirement.CompetencyIds[k], $"{requirementPath}.anyOf[{k}]");
                }
            }
            else
            {
                CheckCompetency(requirement.CompetencyIds[0], $"{requirementPath}.competency");
            }

            CheckLevel(requirement.MinimumLevel, requirementPath);
        }

        // The effective areas: a derived role inherits its template's (a broken derivation is reported elsewhere).
        var minimumTotal = ResolveOrSelf(role).Areas.Sum(a => a.ExpectedShare.Minimum);
        if (minimumTotal > 100m)
        {
            Add(ProblemCodes.AreaSharesExceedTotal, $"{path}.areas",
                Format($"The minimum expected shares of the responsibility areas of role '{role.Id}' add up to {minimumTotal} %, more than 100 %."));
        }

        if (role.Template is { } template)
        {
            CheckTemplate(role, template, $"{path}.template");
        }
    }

    private void CheckTemplate(Role role, RoleTemplate template, string path)
    {
        var baseRole = catalogue.FindRole(template.RoleId);
        if (baseRole is null)
        {
            Add(ProblemCodes.UnresolvedReference, $"{path}.role", $"Role '{role.Id}' derives from role '{template.RoleId}', which does not exist.");
            return;
        }

        Role resolvedBase;
        try
        {
            resolvedBase = catalogue.Resolve(baseRole);
        }
        catch (InvalidOperationException)
        {
            return; // a cycle or a missing template further up, reported on the role that has it
        }

        for (var k = 0; k < template.RemovedRequirementIds.Length; k++)
        {
            var id = template.RemovedRequirementIds[k];
            if (!resolvedBase.Requirements.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal)))
            {
                Add(ProblemCodes.UnresolvedReference, $"{path}.removeRequirements[{k}]",
                    $"Role '{role.Id}' removes requirement '{id}', which its template '{template.RoleId}' does not have.");
            }
        }

        for (var k = 0; k < template.RemovedAreaIds.Length; k++)
        {
            var id = template.RemovedAreaIds[k];
            if (!resolvedBase.Areas.Any(a => string.Equals(a.Id, id, StringComparison.Ordinal)))
            {
                Add(ProblemCodes.UnresolvedReference, $"{path}.removeAreas[{k}]",
                    $"Role '{role.Id}' removes responsibility area '{id}', which its template '{template.RoleId}' does not have.");
            }
        }
    }

    private void CheckPerson(Person person, string path)
    {
        for (var j = 0; j < person.Assessments.Length; j++)
        {
            var assessment = person.Assessments[j];
            CheckCompetency(assessment.CompetencyId, $"{path}.assessments[{j}].competency");
            CheckLevel(assessment.Level, $"{path}.assessments[{j}]");
        }

        for (var j = 0; j < person.Assignments.Length; j++)
        {
            var roleId = person.Assignments[j].RoleId;
            if (catalogue.FindRole(roleId) is null)
            {
                Add(ProblemCodes.UnresolvedReference, $"{path}.assignments[{j}].role", $"Person '{person.Id}' is assigned to role '{roleId}', which does not exist.");
            }
        }
    }

    private void CheckCompetency(string id, string path)
    {
        if (catalogue.FindCompetency(id) is null)
        {
            Add(ProblemCodes.UnresolvedReference, path, $"The competency '{id}' does not exist in any framework of the catalogue.");
        }
    }

    /// <summary>Checks a level reference whose members <c>scale</c> and <c>level</c> sit on the object at <paramref name="objectPath"/>.</summary>
    private void CheckLevel(LevelReference? level, string objectPath)
    {
        if (level is null)
        {
            return;
        }

        var scale = catalogue.FindScale(level.ScaleId);
        if (scale is null)
        {
            Add(ProblemCodes.UnresolvedReference, $"{objectPath}.scale", $"The proficiency scale '{level.ScaleId}' does not exist in any framework of the catalogue.");
        }
        else if (scale.FindLevel(level.LevelCode) is null)
        {
            Add(ProblemCodes.UnknownLevel, $"{objectPath}.level",
                $"The level '{level.LevelCode}' is not a level of scale '{scale.Id}' (levels: {string.Join(", ", scale.Levels.Select(l => l.Code))}).");
        }
    }

    private void CheckUnique(IEnumerable<(string Id, string Path)> items, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in items)
        {
            if (!seen.Add(id))
            {
                Add(ProblemCodes.DuplicateId, path, $"The {what} identifier '{id}' is used more than once.");
            }
        }
    }

    private void Add(string code, string path, string message, ProblemSeverity severity = ProblemSeverity.Error) =>
        problems.Add(new ValidationProblem(code, severity, path, message));

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;
using System.Globalization;

namespace RoleModel.Validation;

/// <summary>The rules that span several parts of a catalogue (see <see cref="Catalogue.Validate()"/>).</summary>
/// <param name="catalogue">The catalogue whose parts are checked.</param>
/// <param name="composed">Where references are looked up: the catalogue with everything it imports; defaults to the catalogue itself.</param>
/// <param name="imported">The imported documents, to report identifiers they define too; defaults to none.</param>
/// <param name="checkedWhileRead">What the reader of the catalogue's document checked already; defaults to nothing.</param>
internal sealed partial class CatalogueValidator(
    Catalogue catalogue,
    Catalogue? composed = null,
    IReadOnlyList<Serialization.Composition.ImportedDocument>? imported = null,
    CheckedWhileRead checkedWhileRead = default)
{
    private readonly List<ValidationProblem> problems = [];
    private readonly Catalogue lookup = composed ?? catalogue;
    private readonly HashSet<string> uniqueIds = new(StringComparer.Ordinal);

    internal ValidationReport ValidateCatalogue()
    {
        // Paths are formatted only when a problem is found: a catalogue the size of ESCO has 125,000 requirements.
        CheckUnique(catalogue.Frameworks, f => f.Id, i => Format($"$.frameworks[{i}].id"), "framework");
        var scales = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Frameworks.Length; i++)
        {
            var framework = catalogue.Frameworks[i];
            for (var j = 0; j < framework.Scales.Length; j++)
            {
                if (!scales.Add(framework.Scales[j].Id))
                {
                    AddDuplicate("scale", framework.Scales[j].Id, Format($"$.frameworks[{i}].scales[{j}].id"));
                }
            }
        }

        if (!checkedWhileRead.CompetencyIdsDistinct)
        {
            CheckCompetencyIds();
        }

        CheckUnique(catalogue.Roles, r => r.Id, i => Format($"$.roles[{i}].id"), "role");
        CheckUnique(catalogue.People, p => p.Id, i => Format($"$.people[{i}].id"), "person");

        for (var i = 0; i < catalogue.Frameworks.Length && !checkedWhileRead.BroaderDefined; i++)
        {
            var competencies = catalogue.Frameworks[i].Competencies;
            for (var j = 0; j < competencies.Length; j++)
            {
                var broader = competencies[j].BroaderIds;
                for (var k = 0; k < broader.Length; k++)
                {
                    if (!HasCompetency(broader[k]))
                    {
                        AddMissingCompetency(broader[k], Format($"$.frameworks[{i}].competencies[{j}].broader[{k}]"));
                    }
                }
            }
        }

        CheckBroaderCycles();
        CheckScaleMappings();
        for (var i = 0; i < catalogue.Roles.Length; i++)
        {
            CheckRole(catalogue.Roles[i], i);
        }

        CheckTemplateCycles();
        for (var i = 0; i < catalogue.People.Length; i++)
        {
            CheckPerson(catalogue.People[i], i);
        }

        CheckHistories();
        CheckLineage();
        CheckAgainstImports();
        return new ValidationReport(problems);
    }

    private void CheckCompetencyIds()
    {
        var competencyIds = new HashSet<string>(catalogue.Frameworks.Sum(f => f.Competencies.Length), StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Frameworks.Length; i++)
        {
            var competencies = catalogue.Frameworks[i].Competencies;
            for (var j = 0; j < competencies.Length; j++)
            {
                if (!competencyIds.Add(competencies[j].Id))
                {
                    AddDuplicate("competency", competencies[j].Id, Format($"$.frameworks[{i}].competencies[{j}].id"));
                }
            }
        }
    }

    private void CheckRole(Role role, int index)
    {
        if (!checkedWhileRead.RequirementIdsDistinct)
        {
            CheckUnique(role.Requirements, r => r.Id, j => Format($"$.roles[{index}].requirements[{j}].id"), "requirement");
        }

        CheckUnique(role.Areas, a => a.Id, j => Format($"$.roles[{index}].areas[{j}].id"), "responsibility area");
        for (var j = 0; j < role.Requirements.Length; j++)
        {
            var requirement = role.Requirements[j];
            if (!checkedWhileRead.RequirementCompetenciesDefined)
            {
                CheckRequirementCompetencies(requirement, index, j);
            }

            if (requirement.MinimumLevel is { } level && !HasLevel(level))
            {
                CheckLevel(level, Format($"$.roles[{index}].requirements[{j}]"));
            }
        }

        // The effective areas: a derived role inherits its template's (a broken derivation is reported elsewhere).
        var path = Format($"$.roles[{index}]");
        var minimumTotal = ResolveOrSelf(role).Areas.Sum(a => a.ExpectedShare.Minimum);
        if (minimumTotal > 100m)
        {
            Add(ProblemCodes.AreaSharesExceedTotal, $"{path}.areas",
                ProblemMessage.Of("AreaSharesExceedTotal", role.Id, minimumTotal));
        }

        if (role.Template is { } template)
        {
            CheckTemplate(role, template, $"{path}.template");
        }
    }

    private void CheckRequirementCompetencies(CompetencyRequirement requirement, int role, int index)
    {
        var ids = requirement.CompetencyIds;
        for (var k = 0; k < ids.Length; k++)
        {
            if (!HasCompetency(ids[k]))
            {
                AddMissingCompetency(ids[k], requirement.IsGroup
                    ? Format($"$.roles[{role}].requirements[{index}].anyOf[{k}]")
                    : Format($"$.roles[{role}].requirements[{index}].competency"));
            }
        }
    }

    private void CheckTemplate(Role role, RoleTemplate template, string path)
    {
        var baseRole = lookup.FindRole(template.RoleId);
        if (baseRole is null)
        {
            Add(ProblemCodes.UnresolvedReference, $"{path}.role", ProblemMessage.Of("Template.UnknownRole", role.Id, template.RoleId));
            return;
        }

        Role resolvedBase;
        try
        {
            resolvedBase = lookup.Resolve(baseRole);
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
                    ProblemMessage.Of("Template.UnknownRequirement", role.Id, id, template.RoleId));
            }
        }

        for (var k = 0; k < template.RemovedAreaIds.Length; k++)
        {
            var id = template.RemovedAreaIds[k];
            if (!resolvedBase.Areas.Any(a => string.Equals(a.Id, id, StringComparison.Ordinal)))
            {
                Add(ProblemCodes.UnresolvedReference, $"{path}.removeAreas[{k}]",
                    ProblemMessage.Of("Template.UnknownArea", role.Id, id, template.RoleId));
            }
        }
    }

    private void CheckPerson(Person person, int index)
    {
        for (var j = 0; j < person.Assessments.Length; j++)
        {
            var assessment = person.Assessments[j];
            if (!HasCompetency(assessment.CompetencyId))
            {
                AddMissingCompetency(assessment.CompetencyId, Format($"$.people[{index}].assessments[{j}].competency"));
            }

            if (!HasLevel(assessment.Level))
            {
                CheckLevel(assessment.Level, Format($"$.people[{index}].assessments[{j}]"));
            }
        }

        for (var j = 0; j < person.Assignments.Length; j++)
        {
            var roleId = person.Assignments[j].RoleId;
            if (lookup.FindRole(roleId) is null)
            {
                Add(ProblemCodes.UnresolvedReference, Format($"$.people[{index}].assignments[{j}].role"), ProblemMessage.Of("Assignment.UnknownRole", person.Id, roleId));
            }
        }
    }

    private void CheckCompetency(string id, string path)
    {
        if (!HasCompetency(id))
        {
            AddMissingCompetency(id, path);
        }
    }

    private bool HasCompetency(string id) => lookup.FindCompetency(id) is not null;

    private void AddMissingCompetency(string id, string path) =>
        Add(ProblemCodes.UnresolvedReference, path, NotInAnyFramework("competency", id, imported));

    /// <summary>The message of a competency or scale that no framework defines, naming the imports when there are any.</summary>
    internal static ProblemMessage NotInAnyFramework(string what, string id, IReadOnlyList<Serialization.Composition.ImportedDocument>? imported) =>
        ProblemMessage.Of(imported is { Count: > 0 } ? "NotInAnyFramework.Imported" : "NotInAnyFramework", Noun(what), id);

    /// <summary>The name of a kind of thing ("responsibility area"), for messages.</summary>
    internal static ProblemMessage Noun(string what) => ProblemMessage.Of("Noun." + what.Replace(' ', '-'));

    private bool HasLevel(LevelReference level) => lookup.FindScale(level.ScaleId)?.FindLevel(level.LevelCode) is not null;

    private void CheckLevel(LevelReference? level, string objectPath)
    {
        if (level is null)
        {
            return;
        }

        var scale = lookup.FindScale(level.ScaleId);
        if (scale is null)
        {
            AddMissingScale(level.ScaleId, $"{objectPath}.scale");
        }
        else if (scale.FindLevel(level.LevelCode) is null)
        {
            Add(ProblemCodes.UnknownLevel, $"{objectPath}.level",
                ProblemMessage.Of("UnknownLevel", level.LevelCode, scale.Id, string.Join(", ", scale.Levels.Select(l => l.Code))));
        }
    }

    private void AddMissingScale(string id, string path) =>
        Add(ProblemCodes.UnresolvedReference, path, NotInAnyFramework("proficiency scale", id, imported));

    private void CheckUnique(IEnumerable<(string Id, string Path)> items, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in items)
        {
            if (!seen.Add(id))
            {
                AddDuplicate(what, id, path);
            }
        }
    }

    private void CheckUnique<T>(ImmutableArray<T> items, Func<T, string> idOf, Func<int, string> pathOf, string what)
    {
        if (items.Length < 2)
        {
            return;
        }

        // One set for every list (each role's requirements, say), cleared for the next.
        var seen = uniqueIds;
        seen.Clear();
        for (var i = 0; i < items.Length; i++)
        {
            if (!seen.Add(idOf(items[i])))
            {
                AddDuplicate(what, idOf(items[i]), pathOf(i));
            }
        }
    }

    private void AddDuplicate(string what, string id, string path) =>
        Add(ProblemCodes.DuplicateId, path, ProblemMessage.Of("DuplicateId", Noun(what), id));

    private void Add(string code, string path, ProblemMessage message, ProblemSeverity severity = ProblemSeverity.Error) =>
        problems.Add(new ValidationProblem(code, severity, path, message));

    /// <summary>A share range in a message, "10–30 %", written in the message's language.</summary>
    private static ProblemMessage Range(ShareRange range) => ProblemMessage.Of("ShareRange", range.Minimum, range.Maximum);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

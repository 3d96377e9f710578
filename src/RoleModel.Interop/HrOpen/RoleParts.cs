using RoleModel.History;
using RoleModel.Validation;

namespace RoleModel.Interop.HrOpen;

/// <summary>A task read from an HR Open document, with its path.</summary>
internal sealed record TaskPart(string Id, string Title, string? Description, string Path);

/// <summary>A level read from an HR Open document: scale, level code and, where the document says, the scale's ends.</summary>
internal sealed record LevelPart(string Scale, string Code, string? Minimum, string? Maximum, string? Label);

/// <summary>A requirement read from an HR Open document, with its path.</summary>
internal sealed record RequirementPart(string CompetencyId, string Name, CompetencyKind Kind, RequirementImportance Importance, double Weight, LevelPart? Level, string Path)
{
    /// <summary>The competency's description (a JDX term's first description), or null.</summary>
    public string? Description { get; init; }
}

/// <summary>What the reader found of one role, built into a catalogue when there was no error.</summary>
internal sealed class RoleParts(HrOpenImportOptions options)
{
    public string? RoleId { get; set; }

    public string? RoleIdPath { get; set; }

    public string? Title { get; set; }

    public string? Purpose { get; set; }

    public List<string> Outcomes { get; } = [];

    public List<(string Id, string Name, string Path)> Areas { get; } = [];

    public List<TaskPart> Tasks { get; } = [];

    public List<RequirementPart> Requirements { get; } = [];

    public List<string> Tags { get; } = [];

    /// <summary>The catalogue, or null after reporting what keeps it from being built.</summary>
    public Catalogue? Build(HrOpenReader reader)
    {
        var title = Title;
        if (title is null)
        {
            reader.Error("$", ProblemMessage.Of("HrOpen.RoleNoTitle"));
            return null;
        }

        var id = options.RoleId ?? RoleId;
        var importsEsco = Requirements.Any(r => HrOpenNames.IsEsco(r.CompetencyId));
        if (options.RoleId is null && id is not null && importsEsco && id.StartsWith(HrOpenNames.EscoOccupationPrefix, StringComparison.Ordinal))
        {
            // A document may not define a role that a catalogue it imports defines (RM101): the imported ESCO has this one.
            var renamed = "esco-occupation-" + id[HrOpenNames.EscoOccupationPrefix.Length..];
            reader.Warning(RoleIdPath ?? "$", ProblemMessage.Of("HrOpen.RoleIsEscoOccupation", id, renamed));
            id = renamed;
        }

        if (id is null)
        {
            reader.Error("$", ProblemMessage.Of("HrOpen.RoleNoIdentifier"));
            return null;
        }

        var ok = Distinct(reader, Requirements.Select(r => (r.CompetencyId, r.Path)), ProblemMessage.Of("HrOpen.What.Competency"))
            & Distinct(reader, Tasks.Select(t => (t.Id, t.Path)), ProblemMessage.Of("HrOpen.What.Task"))
            & Distinct(reader, Areas.Select(a => (a.Id, a.Path)), ProblemMessage.Of("HrOpen.What.Area"));
        if (!ok)
        {
            return null;
        }

        var language = options.Language;
        LocalizedText Text(string text) => LocalizedText.Of(language, text);
        var requirements = Requirements.Select(r => new CompetencyRequirement(
            r.CompetencyId, r.Level is { } level ? new LevelReference(level.Scale, level.Code) : null, r.Importance, r.Weight));
        var role = new Role(id, Text(title),
            purpose: Purpose is null ? null : Text(Purpose),
            outcomes: Outcomes.Select(Text),
            requirements: requirements,
            areas: Areas.Select(a => new ResponsibilityArea(a.Id, Text(a.Name))),
            tags: Tags.Distinct(StringComparer.Ordinal));
        var local = Requirements.Where(r => !HrOpenNames.IsEsco(r.CompetencyId))
            .Select(r => new Competency(r.CompetencyId, r.Kind, Text(r.Name), r.Description is null ? null : Text(r.Description))).ToList();
        var scales = Scales();
        var frameworks = local.Count == 0 && scales.Count == 0 ? [] : new[] { new CompetencyFramework(options.FrameworkId, LocalizedText.Of(language, options.FrameworkId), scales, local) };
        var imports = importsEsco
            ? new[] { new CatalogueImport("esco", options.EscoVersion, options.EscoHref) }
            : [];
        var tasks = Tasks.Select(t => new RoleTask(t.Id, Text(t.Title), 0m, areaId: null, description: t.Description is null ? null : Text(t.Description)));
        var histories = Tasks.Count == 0 ? [] : new[] { new RoleHistory(role, baselineTasks: tasks, baselineTasksFrom: options.TasksFrom) };
        return new Catalogue(frameworks, [role], histories: histories, imports: imports);
    }

    /// <summary>The scales the levels name, each with the levels seen in document order between its ends where given.</summary>
    private List<ProficiencyScale> Scales()
    {
        var scales = new List<ProficiencyScale>();
        foreach (var group in Requirements.Where(r => r.Level is not null).GroupBy(r => r.Level!.Scale, StringComparer.Ordinal))
        {
            var codes = new List<string>();
            var minimum = group.Select(r => r.Level!.Minimum).FirstOrDefault(m => m is not null);
            var maximum = group.Select(r => r.Level!.Maximum).FirstOrDefault(m => m is not null);
            if (minimum is not null)
            {
                codes.Add(minimum);
            }

            foreach (var requirement in group)
            {
                if (requirement.Level!.Code != maximum && !codes.Contains(requirement.Level.Code, StringComparer.Ordinal))
                {
                    codes.Add(requirement.Level.Code);
                }
            }

            if (maximum is not null && !codes.Contains(maximum, StringComparer.Ordinal))
            {
                codes.Add(maximum);
            }

            var labels = group.Where(r => r.Level!.Label is not null).GroupBy(r => r.Level!.Code).ToDictionary(g => g.Key, g => g.First().Level!.Label!, StringComparer.Ordinal);
            scales.Add(new ProficiencyScale(group.Key, codes.Select(c => new ProficiencyLevel(c, labels.TryGetValue(c, out var label) ? LocalizedText.Of(options.Language, label) : null))));
        }

        return scales;
    }

    private static bool Distinct(HrOpenReader reader, IEnumerable<(string Id, string Path)> items, ProblemMessage what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (id, path) in items)
        {
            if (!seen.Add(id))
            {
                reader.Error(path, ProblemMessage.Of("HrOpen.Repeated", what, id));
                ok = false;
            }
        }

        return ok;
    }
}

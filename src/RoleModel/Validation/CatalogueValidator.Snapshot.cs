namespace RoleModel.Validation;

/// <summary>The rules of a role's task profile on one day (see <see cref="Catalogue.Validate(RoleSnapshot, string)"/>).</summary>
internal sealed partial class CatalogueValidator
{
    internal ValidationReport ValidateSnapshot(RoleSnapshot snapshot, string path)
    {
        var role = ResolveOrSelf(snapshot.Role);
        var tasks = snapshot.Tasks.Tasks;
        CheckUnique(tasks.Select((t, i) => (t.Id, $"{path}[{i}].id")), "task");
        for (var i = 0; i < tasks.Length; i++)
        {
            var task = tasks[i];
            var taskPath = $"{path}[{i}]";
            if (task.AreaId is { } areaId && !role.Areas.Any(a => string.Equals(a.Id, areaId, StringComparison.Ordinal)))
            {
                Add(ProblemCodes.UnresolvedReference, $"{taskPath}.area", ProblemMessage.Of("Task.UnknownArea", task.Id, areaId, role.Id));
            }

            for (var j = 0; j < task.Uses.Length; j++)
            {
                CheckCompetency(task.Uses[j].CompetencyId, $"{taskPath}.uses[{j}].competency");
                CheckLevel(task.Uses[j].Level, $"{taskPath}.uses[{j}]");
            }

            if (role.Openness.Kind == OpennessKind.Fixed && task.Origin == TaskOrigin.SelfInitiated)
            {
                Add(ProblemCodes.SelfInitiatedTaskInFixedRole, $"{taskPath}.origin", ProblemMessage.Of("Task.SelfInitiatedInFixedRole", task.Id, role.Id));
            }
        }

        var profile = snapshot.Tasks;
        if (profile.ActiveShare > 100m)
        {
            Add(ProblemCodes.TaskSharesExceedTotal, path, ProblemMessage.Of("TaskSharesExceedTotal", role.Id, profile.ActiveShare));
        }

        // The maximum is a limit (error); the minimum an expectation to grow into (warning): see docs/design.md.
        var bounds = role.Openness.SelfDirectedShare;
        var selfInitiated = profile.SelfInitiatedShare;
        if (role.Openness.Kind != OpennessKind.Fixed && selfInitiated > bounds.Maximum)
        {
            Add(ProblemCodes.SelfDirectedShareOutOfBounds, path,
                ProblemMessage.Of("SelfDirectedShare.Above", role.Id, selfInitiated, Range(bounds)));
        }
        else if (role.Openness.Kind != OpennessKind.Fixed && selfInitiated < bounds.Minimum)
        {
            Add(ProblemCodes.SelfDirectedShareBelowMinimum, path,
                ProblemMessage.Of("SelfDirectedShare.Below", role.Id, selfInitiated, bounds.Minimum - selfInitiated, bounds.Minimum),
                ProblemSeverity.Warning);
        }

        foreach (var area in role.Areas)
        {
            var share = profile.Tasks.Where(t => t.IsActive && string.Equals(t.AreaId, area.Id, StringComparison.Ordinal)).Sum(t => t.Share);
            if (!area.ExpectedShare.Contains(share))
            {
                Add(ProblemCodes.AreaShareOutOfRange, path,
                    ProblemMessage.Of("AreaShareOutOfRange", area.Id, role.Id, share, Range(area.ExpectedShare)),
                    ProblemSeverity.Warning);
            }
        }

        return new ValidationReport(problems);
    }

    private Role ResolveOrSelf(Role role)
    {
        try
        {
            return lookup.Resolve(role);
        }
        catch (InvalidOperationException)
        {
            return role; // the catalogue's own validation reports the broken derivation
        }
    }
}

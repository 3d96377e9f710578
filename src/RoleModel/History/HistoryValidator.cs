using System.Globalization;
using NodaTime;
using RoleModel.Validation;

namespace RoleModel.History;

/// <summary>
/// The rules of a <see cref="RoleHistory"/> (see <see cref="RoleHistory.Validate"/>). <paramref name="imported"/> is
/// given when <paramref name="catalogue"/> is a document composed with the catalogues it imports, so that a
/// missing reference says those were searched too.
/// </summary>
internal sealed class HistoryValidator(HistoryIndex index, Catalogue catalogue, string path, IReadOnlyList<Serialization.Composition.ImportedDocument>? imported = null)
{
    private readonly List<ValidationProblem> problems = [];

    internal ValidationReport Validate()
    {
        var log = index.History.Changes;
        for (var i = 0; i < log.Length; i++)
        {
            if (log[i].Kind == RoleChangeKind.ProposalDecided)
            {
                CheckDecision(log[i], i);
            }
            else if (index.VisibleFrom[i] == HistoryIndex.Never && index.DecisionOf[i] >= 0)
            {
                CheckReferences(log[i], $"{path}.changes[{i}]"); // rejected or withdrawn: never applies to any state
            }
            else
            {
                CheckChange(log[i], $"{path}.changes[{i}]", index.VisibleFrom[i] == HistoryIndex.Never ? i : index.VisibleFrom[i]);
            }
        }

        CheckDays();
        return new ValidationReport(problems);
    }

    private void CheckDecision(RoleChange decision, int position)
    {
        var at = $"{path}.changes[{position}].proposal";
        if (!index.PositionById.TryGetValue(decision.ProposalId!, out var proposal) || proposal >= position)
        {
            Add(ProblemCodes.UnresolvedReference, at, ProblemMessage.Of("Decision.UnknownProposal", decision.Id, decision.ProposalId));
        }
        else if (index.DecisionOf[proposal] != position)
        {
            var key = index.History.Changes[proposal].IsProposal ? "Decision.AlreadyDecided" : "Decision.NotProposal";
            Add(ProblemCodes.ProposalNotPending, at, ProblemMessage.Of(key, decision.Id, decision.ProposalId));
        }
    }

    /// <summary>
    /// Checks a change against the state on its day as known just before it took effect (log position
    /// <paramref name="known"/>); a pending proposal against the state as known when it was recorded.
    /// </summary>
    private void CheckChange(RoleChange change, string at, int known)
    {
        var day = DayNumbers.From(change.EffectiveOn);
        var on = Day(change.EffectiveOn);
        switch (change.Kind)
        {
            case RoleChangeKind.TaskAdded when Exists(index.Tasks, change.TaskId!, day, known):
                Add(ProblemCodes.DuplicateId, $"{at}.task.id", ProblemMessage.Of("Change.TaskTwice", change.Id, change.TaskId, on));
                break;
            case RoleChangeKind.TaskChanged or RoleChangeKind.TaskDelegated or RoleChangeKind.TaskRetired when !Exists(index.Tasks, change.TaskId!, day, known):
                var member = change.Kind == RoleChangeKind.TaskChanged ? ".task.id" : ".task";
                Add(ProblemCodes.UnresolvedReference, at + member, ProblemMessage.Of("Change.UnknownTask", change.Id, change.TaskId, on));
                break;
            case RoleChangeKind.RequirementAdded when Exists(index.Requirements, change.RequirementId!, day, known):
                Add(ProblemCodes.DuplicateId, $"{at}.requirement.id", ProblemMessage.Of("Change.RequirementTwice", change.Id, change.RequirementId, on));
                break;
            case RoleChangeKind.RequirementChanged or RoleChangeKind.RequirementRemoved when !Exists(index.Requirements, change.RequirementId!, day, known):
                var requirementMember = change.Kind == RoleChangeKind.RequirementChanged ? ".requirement.id" : ".requirement";
                Add(ProblemCodes.UnresolvedReference, at + requirementMember, ProblemMessage.Of("Change.UnknownRequirement", change.Id, change.RequirementId, on));
                break;
            default:
                break;
        }

        CheckReferences(change, at);
    }

    private void CheckReferences(RoleChange change, string at)
    {
        if (change.TargetRoleId is { } target)
        {
            if (string.Equals(target, index.History.RoleId, StringComparison.Ordinal))
            {
                Add(ProblemCodes.InvalidValue, $"{at}.targetRole", ProblemMessage.Of("Change.DelegatedToItself", change.Id, change.TaskId));
            }
            else if (catalogue.FindRole(target) is null)
            {
                Add(ProblemCodes.UnresolvedReference, $"{at}.targetRole", ProblemMessage.Of("Change.DelegatedToUnknownRole", change.Id, change.TaskId, target));
            }
        }

        if (change.Requirement is { } requirement)
        {
            var ids = requirement.CompetencyIds;
            for (var k = 0; k < ids.Length; k++)
            {
                if (catalogue.FindCompetency(ids[k]) is null)
                {
                    var member = requirement.IsGroup ? $".requirement.anyOf[{k}]" : ".requirement.competency";
                    Add(ProblemCodes.UnresolvedReference, at + member, CatalogueValidator.NotInAnyFramework("competency", ids[k], imported));
                }
            }
        }

        if (change.Kind == RoleChangeKind.TemplateChanged && change.Template is { } template && catalogue.FindRole(template.RoleId) is null)
        {
            Add(ProblemCodes.UnresolvedReference, $"{at}.template.role", ProblemMessage.Of("Change.UnknownTemplate", change.Id, template.RoleId));
        }
    }

    /// <summary>
    /// Validates the projection, as known from everything recorded, on every day something changes; reports a
    /// problem when it appears (again), located at the change that introduced the offending task version or,
    /// for a rule of the whole profile, at the last change taking effect that day.
    /// </summary>
    private void CheckDays()
    {
        var view = index.History.AsKnownAt(Instant.MaxValue);
        var lastChangeOn = LastChangePerDay();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var shortfalls = new Dictionary<string, (int Problem, LocalDate From, ValidationProblem Located)>(StringComparer.Ordinal);
        foreach (var dayNumber in view.ChangeDays(DayNumbers.Beginning, int.MaxValue))
        {
            var day = DayNumbers.ToDate(dayNumber);
            var snapshot = view.ProjectOn(day);
            var nowBroken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var problem in new CatalogueValidator(catalogue, imported: imported).ValidateSnapshot(snapshot, "$.tasks").Problems)
            {
                var (key, located) = Locate(problem.Path, snapshot, dayNumber, lastChangeOn.GetValueOrDefault(dayNumber, -1));
                key = $"{problem.Code}|{key}|{(key.Length == 0 ? StripDigits(problem.Message) : string.Empty)}";
                if (nowBroken.Add(key) && !broken.Contains(key))
                {
                    var moved = problem.WithPath(located);
                    if (problem.Code == ProblemCodes.SelfDirectedShareBelowMinimum)
                    {
                        shortfalls[key] = (problems.Count, day, moved);
                    }

                    problems.Add(moved.Within("History.From", Day(day)));
                }
            }

            EndShortfalls(shortfalls, nowBroken, day);
            broken = nowBroken;
        }
    }

    /// <summary>A shortfall of the self-directed share that ends names its days: "From 2022-01-01 to 2022-05-31: …".</summary>
    private void EndShortfalls(Dictionary<string, (int Problem, LocalDate From, ValidationProblem Located)> shortfalls, HashSet<string> nowBroken, LocalDate day)
    {
        foreach (var (key, (index, from, located)) in shortfalls.Where(s => !nowBroken.Contains(s.Key)).ToList())
        {
            problems[index] = located.Within("History.FromTo", Day(from), Day(day.PlusDays(-1)));
            shortfalls.Remove(key);
        }
    }

    /// <summary>Maps a path into the projected profile (<c>$.tasks[3].origin</c>) to the change that introduced the task version.</summary>
    private (string Key, string Path) Locate(string profilePath, RoleSnapshot snapshot, int day, int lastChange)
    {
        if (!profilePath.StartsWith("$.tasks[", StringComparison.Ordinal))
        {
            return (string.Empty, lastChange < 0 ? $"{path}.tasks" : $"{path}.changes[{lastChange}]");
        }

        var close = profilePath.IndexOf(']', StringComparison.Ordinal);
        var task = snapshot.Tasks.Tasks[int.Parse(profilePath[8..close], CultureInfo.InvariantCulture)];
        index.Tasks.Lookup(index.Tasks.Find(task.Id), day, int.MaxValue, out var source);
        var rest = profilePath[(close + 1)..];
        return source <= -2
            ? ($"{task.Id}{rest}", $"{path}.tasks[{-2 - source}]{rest}")
            : ($"{task.Id}{rest}", $"{path}.changes[{source}].task{rest}");
    }

    private Dictionary<int, int> LastChangePerDay()
    {
        var result = new Dictionary<int, int>();
        var log = index.History.Changes;
        for (var i = 0; i < log.Length; i++)
        {
            if (index.VisibleFrom[i] != HistoryIndex.Never)
            {
                result[DayNumbers.From(log[i].EffectiveOn)] = i;
            }
        }

        return result;
    }

    private static bool Exists<T>(VersionSlots<T> slots, string key, int day, int known)
        where T : class
    {
        var slot = slots.Find(key);
        return slot >= 0 && slots.Lookup(slot, day, known, out _) is not null;
    }

    private static string StripDigits(string message) => new([.. message.Where(c => !char.IsAsciiDigit(c))]);

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private void Add(string code, string at, ProblemMessage message) => problems.Add(new ValidationProblem(code, ProblemSeverity.Error, at, message));
}

using NodaTime;
using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>
/// The job description of a role on one day (a German Stellenbeschreibung): purpose, outcomes, openness and the
/// expected self-directed share, responsibility areas, the tasks with their shares and origins, the competencies
/// required, and how the role has changed. The same blocks are written as a printable HTML page or as Markdown.
/// </summary>
internal static class JobDescription
{
    public static IReadOnlyList<DescriptionBlock> Build(ReportContext context, DescriptionLabels labels, RoleSnapshot snapshot, RoleHistoryView? view, LocalDate asOf)
    {
        var role = context.Catalogue.Resolve(snapshot.Role);
        var day = ReportContext.Day(asOf);
        var profile = snapshot.Tasks;
        var blocks = new List<DescriptionBlock>
        {
            new HeadingBlock(1, $"{labels["Job description"]}: {context.Local(role.Title)}"),
            new ParagraphBlock(labels.Format("As of {0}. Role {1}.", day, role.Id), "as-of"),
            new HeadingBlock(2, labels["Purpose of the role"]),
            new ParagraphBlock(context.Local(role.Purpose)),
        };
        if (!role.Outcomes.IsEmpty)
        {
            blocks.Add(new HeadingBlock(2, labels["Outcomes"]));
            blocks.Add(new ListBlock([.. role.Outcomes.Select(context.Local)]));
        }

        blocks.Add(new HeadingBlock(2, labels["Openness and self-directed work"]));
        blocks.Add(new ParagraphBlock(labels[ReportContext.OpennessKind(role.Openness.Kind)]));
        if (role.Openness.Kind != OpennessKind.Fixed)
        {
            blocks.Add(new ParagraphBlock(labels.Format("Expected self-directed share of the working time: {0}. On {1}: {2}.",
                role.Openness.SelfDirectedShare.ToString(), day, Text.Percent(profile.SelfInitiatedShare)), "self-directed"));
        }

        if (!role.Areas.IsEmpty)
        {
            blocks.Add(new HeadingBlock(2, labels["Responsibility areas"]));
            blocks.Add(new TableBlock("areas", [labels["Area"], labels["Expected share"], labels.Format("Share on {0}", day)],
                [.. role.Areas.Select(a => (IReadOnlyList<string>)[context.Local(a.Name), a.ExpectedShare.ToString(), Text.Percent(profile.Tasks.Where(t => t.IsActive && t.AreaId == a.Id).Sum(t => t.Share))])],
                new HashSet<int> { 1, 2 }));
        }

        blocks.Add(new HeadingBlock(2, labels["Tasks"]));
        AddTasks(blocks, context, labels, role, profile);
        blocks.Add(new HeadingBlock(2, labels["Competencies required"]));
        blocks.Add(new TableBlock("requirements", [labels["Competency"], labels["Minimum level"], labels["Importance"]],
            [.. role.Requirements.Select(r => (IReadOnlyList<string>)[
                string.Join(labels[" or "], r.CompetencyIds.Select(context.CompetencyName)),
                r.MinimumLevel is { } level ? context.LevelName(level) : labels["any"],
                labels[r.Importance == RequirementImportance.Essential ? "essential" : "optional"]])],
            new HashSet<int>()));
        blocks.Add(new HeadingBlock(2, labels["How the role has changed"]));
        AddChanges(blocks, context, labels, view, asOf);
        blocks.Add(new HeadingBlock(2, labels["Signatures"]));
        blocks.Add(new TableBlock("signatures", [labels["Role holder"], labels["Line manager"], labels["Human resources"]],
            [[labels["Date, signature"], labels["Date, signature"], labels["Date, signature"]]], new HashSet<int>()));
        return blocks;
    }

    private static void AddTasks(List<DescriptionBlock> blocks, ReportContext context, DescriptionLabels labels, Role role, TaskProfile profile)
    {
        var tasks = profile.Tasks.Where(t => t.Status is RoleTaskStatus.Active or RoleTaskStatus.Suspended).ToList();
        if (tasks.Count == 0)
        {
            blocks.Add(new ParagraphBlock(labels["The role had no tasks on that day."]));
            return;
        }

        blocks.Add(new TableBlock("tasks",
            [labels["No."], labels["Task"], labels["Area"], labels["Origin"], labels["Share"]],
            [.. tasks.Select((t, i) => (IReadOnlyList<string>)[
                (i + 1).ToString(Text.Culture),
                context.TaskTitle(t) + (t.IsActive ? string.Empty : $" ({labels[Text.Name(t.Status)]})"),
                labels[context.AreaLabel(role, t.AreaId)],
                labels[ReportContext.OriginName(t.Origin)],
                Text.Percent(t.IsActive ? t.Share : 0)])],
            new HashSet<int> { 0, 4 },
            [string.Empty, labels["Total"], string.Empty, string.Empty, Text.Percent(profile.ActiveShare)]));
    }

    private static void AddChanges(List<DescriptionBlock> blocks, ReportContext context, DescriptionLabels labels, RoleHistoryView? view, LocalDate asOf)
    {
        var start = view?.KnownChanges.Select(c => c.EffectiveOn).Where(d => d <= asOf).DefaultIfEmpty().Min();
        if (view is null || start is not { } first || first == default)
        {
            blocks.Add(new ParagraphBlock(labels["The role has no recorded history."]));
            return;
        }

        var events = view.GetEvents(first, asOf).Where(e => e.State == ProposalState.Accepted).ToList();
        var drift = view.MeasureDrift(first, asOf, context.Catalogue);
        blocks.Add(new ParagraphBlock(labels.Format(
            "Since {0}: {1} changes took effect. {2} of the working time on {3} goes to tasks that did not exist on {0}; {4} tasks joined and {5} left.",
            ReportContext.Day(first), events.Count, Text.Percent(drift.NoveltyShare), ReportContext.Day(asOf), drift.TasksAdded, drift.TasksRemoved), "changes"));
        blocks.Add(new ParagraphBlock(labels["Latest changes:"]));
        blocks.Add(new ListBlock([.. events.TakeLast(5).Select(e => Line(context, labels, e))]));
        var pending = view.PendingProposals.ToList();
        if (pending.Count > 0)
        {
            blocks.Add(new ParagraphBlock(labels.Format("{0} proposals are open: {1}.", pending.Count,
                string.Join(", ", pending.Select(p => p.Task is { } t ? context.TaskTitle(t) : p.Id)))));
        }
    }

    private static string Line(ReportContext context, DescriptionLabels labels, RoleEvent entry)
    {
        var day = ReportContext.Day(entry.Day);
        var task = entry.Task is { } t ? $"{context.TaskTitle(t)} ({Text.Percent(t.Share)})" : entry.Change.TaskId ?? string.Empty;
        return entry.Change.Kind switch
        {
            RoleChangeKind.TaskAdded => labels.Format("{0}: task added: {1}", day, task),
            RoleChangeKind.TaskChanged => labels.Format("{0}: task changed: {1}", day, task),
            RoleChangeKind.TaskDelegated => labels.Format("{0}: task delegated to {2}: {1}", day, task, context.RoleTitle(entry.Change.TargetRoleId!)),
            RoleChangeKind.TaskRetired => labels.Format("{0}: task retired: {1}", day, task),
            RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged or RoleChangeKind.RequirementRemoved => labels.Format("{0}: requirements changed", day),
            _ => labels.Format("{0}: definition of the role changed", day),
        };
    }
}

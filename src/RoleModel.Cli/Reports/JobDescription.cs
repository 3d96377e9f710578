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
    public static IReadOnlyList<DescriptionBlock> Build(ReportContext context, RoleSnapshot snapshot, RoleHistoryView? view, LocalDate asOf)
    {
        var role = context.Catalogue.Resolve(snapshot.Role);
        var w = context.W;
        var day = context.Day(asOf);
        var profile = snapshot.Tasks;
        var blocks = new List<DescriptionBlock>
        {
            new HeadingBlock(1, $"{w["Description.Title"]}: {context.Local(role.Title)}"),
            new ParagraphBlock(w.Format("Description.AsOf", context.LongDay(asOf)), "as-of"),
            new HeadingBlock(2, w["Description.Purpose"]),
            new ParagraphBlock(context.Local(role.Purpose)),
        };
        if (!role.Outcomes.IsEmpty)
        {
            blocks.Add(new HeadingBlock(2, w["Report.Outcomes"]));
            blocks.Add(new ListBlock([.. role.Outcomes.Select(context.Local)]));
        }

        blocks.Add(new HeadingBlock(2, w["Description.Openness"]));
        blocks.Add(new ParagraphBlock(context.OpennessKind(role.Openness.Kind)));
        if (role.Openness.Kind != OpennessKind.Fixed)
        {
            blocks.Add(new ParagraphBlock(w.Format("Description.SelfDirected",
                context.Range(role.Openness.SelfDirectedShare), context.LongDay(asOf), context.Percent(profile.SelfInitiatedShare)), "self-directed"));
        }

        if (!role.Areas.IsEmpty)
        {
            blocks.Add(new HeadingBlock(2, w["Report.Areas"]));
            blocks.Add(new TableBlock("areas", [w["Column.Area"], w["Column.ExpectedShare"], w.Format("Column.ShareOn", day)],
                [.. role.Areas.Select(a => (IReadOnlyList<string>)[context.Local(a.Name), context.Range(a.ExpectedShare), context.Percent(profile.Tasks.Where(t => t.IsActive && t.AreaId == a.Id).Sum(t => t.Share))])],
                new HashSet<int> { 1, 2 }));
        }

        blocks.Add(new HeadingBlock(2, w["Description.Tasks"]));
        AddTasks(blocks, context, role, profile);
        blocks.Add(new HeadingBlock(2, w["Description.Competencies"]));
        blocks.Add(new TableBlock("requirements", [w["Column.Competency"], w["Column.MinimumLevel"], w["Column.Importance"]],
            [.. role.Requirements.Select(r => (IReadOnlyList<string>)[
                string.Join(w["Requirement.Or"], r.CompetencyIds.Select(context.CompetencyName)),
                r.MinimumLevel is { } level ? context.LevelName(level) : w["Description.AnyLevel"],
                w.Name(r.Importance)])],
            new HashSet<int>()));
        blocks.Add(new HeadingBlock(2, w["Description.Changes"]));
        AddChanges(blocks, context, view, asOf);
        blocks.Add(new HeadingBlock(2, w["Description.Signatures"]));
        blocks.Add(new TableBlock("signatures", [w["Description.Holder"], w["Description.Manager"], w["Description.HumanResources"]],
            [[w["Description.DateSignature"], w["Description.DateSignature"], w["Description.DateSignature"]]], new HashSet<int>()));
        return blocks;
    }

    private static void AddTasks(List<DescriptionBlock> blocks, ReportContext context, Role role, TaskProfile profile)
    {
        var w = context.W;
        var tasks = profile.Tasks.Where(t => t.Status is RoleTaskStatus.Active or RoleTaskStatus.Suspended).ToList();
        if (tasks.Count == 0)
        {
            blocks.Add(new ParagraphBlock(w["Report.NoTasks"]));
            return;
        }

        blocks.Add(new TableBlock("tasks",
            [w["Column.Number"], w["Column.Task"], w["Column.Area"], w["Column.Origin"], w["Column.Share"]],
            [.. tasks.Select((t, i) => (IReadOnlyList<string>)[
                w.Number(i + 1),
                context.TaskTitle(t) + (t.IsActive ? string.Empty : $" ({w.Name(t.Status)})"),
                context.AreaLabel(role, t.AreaId),
                context.OriginName(t.Origin),
                context.Percent(t.IsActive ? t.Share : 0)])],
            new HashSet<int> { 0, 4 },
            [string.Empty, w["Column.Total"], string.Empty, string.Empty, context.Percent(profile.ActiveShare)]));
    }

    private static void AddChanges(List<DescriptionBlock> blocks, ReportContext context, RoleHistoryView? view, LocalDate asOf)
    {
        var w = context.W;
        var start = view?.KnownChanges.Select(c => c.EffectiveOn).Where(d => d <= asOf).DefaultIfEmpty().Min();
        if (view is null || start is not { } first || first == default)
        {
            blocks.Add(new ParagraphBlock(w["Description.NoHistory"]));
            return;
        }

        var events = view.GetEvents(first, asOf).Where(e => e.State == ProposalState.Accepted).ToList();
        var drift = view.MeasureDrift(first, asOf, context.Catalogue);
        blocks.Add(new ParagraphBlock(w.Format("Description.Since",
            context.LongDay(first), w.Count(events.Count, "Count.Change"), context.Percent(drift.NoveltyShare), context.LongDay(asOf), w.Count(drift.TasksAdded, "Count.Task"), w.Number(drift.TasksRemoved)), "changes"));
        blocks.Add(new ParagraphBlock(w["Description.Latest"]));
        blocks.Add(new ListBlock([.. events.TakeLast(5).Select(e => Line(context, e))]));
        var pending = view.PendingProposals.ToList();
        if (pending.Count > 0)
        {
            blocks.Add(new ParagraphBlock(w.Format("Description.OpenProposals", w.Count(pending.Count, "Count.OpenProposal"),
                string.Join(", ", pending.Select(p => p.Task is { } t ? context.TaskTitle(t) : p.Id)))));
        }
    }

    private static string Line(ReportContext context, RoleEvent entry)
    {
        var w = context.W;
        var day = context.Day(entry.Day);
        var task = entry.Task is { } t ? $"{context.TaskTitle(t)} ({context.Percent(t.Share)})" : entry.Change.TaskId ?? string.Empty;
        return entry.Change.Kind switch
        {
            RoleChangeKind.TaskAdded => w.Format("Description.TaskAdded", day, task),
            RoleChangeKind.TaskChanged => w.Format("Description.TaskChanged", day, task),
            RoleChangeKind.TaskDelegated => w.Format("Description.TaskDelegated", day, task, context.RoleTitle(entry.Change.TargetRoleId!)),
            RoleChangeKind.TaskRetired => w.Format("Description.TaskRetired", day, task),
            RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged or RoleChangeKind.RequirementRemoved => w.Format("Description.RequirementsChanged", day),
            _ => w.Format("Description.DefinitionChanged", day),
        };
    }
}

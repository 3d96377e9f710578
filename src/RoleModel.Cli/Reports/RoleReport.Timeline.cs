using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>The timeline of changes in a role report, one entry per <see cref="RoleEvent"/>.</summary>
internal static partial class RoleReport
{
    private static void WriteTimeline(HtmlWriter html, ReportContext context, RoleReportRequest request)
    {
        var events = request.View.GetEvents(request.From, request.To);
        html.Write($"""<section id="timeline"><h2>What changed, and when</h2><p>{Text.Count(events.Length, "change")} taking effect in the period, by the day each takes effect. Proposals are marked with their decision; a <strong>correction</strong> is a change recorded after the day it takes effect that replaced what was on record for that day.</p><ol class="timeline">""");
        foreach (var entry in events)
        {
            var kind = entry.IsCorrection ? "correction" : entry.State is ProposalState.Rejected or ProposalState.Withdrawn ? "declined" : "change";
            html.Write($"""<li class="{kind}" data-change="{entry.Change.Id}"><span class="when">{ReportContext.Day(entry.Day)}</span>""");
            if (entry.Change.IsProposal)
            {
                html.Write($"""<span class="tag">Proposal: {StateName(entry.State)}</span>""");
            }

            if (entry.IsCorrection)
            {
                html.Raw("<span class=\"tag correction\">Correction</span>");
            }

            html.Write($" {Describe(context, request.View, entry)}");
            WriteDetails(html, context, entry);
            html.Raw("</li>");
        }

        html.Raw("</ol></section>\n");
    }

    private static void WriteDetails(HtmlWriter html, ReportContext context, RoleEvent entry)
    {
        var change = entry.Change;
        var late = NodaTime.Period.DaysBetween(change.EffectiveOn, change.RecordedAt.InUtc().Date);
        var when = entry.IsRetroactive && late > 0 ? $" ({Text.Count(late, "day")} after it took effect)" : string.Empty;
        html.Write($"""<br><span class="muted">Recorded {change.RecordedAt.ToString("uuuu-MM-dd", null)}{when} by {change.Author}{(change.Reason.Length > 0 ? ": " : ".")}{change.Reason}</span>""");
        if (entry.Decision is { } decision)
        {
            html.Write($"""<br><span class="muted">{char.ToUpperInvariant(StateName(entry.State)[0]) + StateName(entry.State)[1..]} on {ReportContext.Day(decision.EffectiveOn)} by {decision.Author}{(decision.Reason.Length > 0 ? ": " : ".")}{decision.Reason}</span>""");
        }

        if (entry.IsCorrection)
        {
            html.Write($"""<br><span class="correction-detail">Known before: {TaskState(context, entry.KnownBefore)}. Known now: {TaskState(context, entry.KnownNow)}.</span>""");
        }
    }

    private static string Describe(ReportContext context, RoleHistoryView view, RoleEvent entry)
    {
        var change = entry.Change;
        var task = entry.Task;
        string Title() => task is null ? change.TaskId ?? string.Empty : $"\u201c{context.TaskTitle(task)}\u201d";
        return change.Kind switch
        {
            RoleChangeKind.TaskAdded => $"Task added: {Title()}, {Text.Percent(task!.Share)}, {ReportContext.OriginName(task.Origin)}.",
            RoleChangeKind.TaskChanged => $"Task changed: {Title()}{TaskChangeText(entry)}.",
            RoleChangeKind.TaskDelegated => $"Task delegated to {context.RoleTitle(change.TargetRoleId!)} ({change.TargetRoleId}): {Title()}{(entry.PreviousTask is { } p ? $", {Text.Percent(p.Share)}" : string.Empty)}.",
            RoleChangeKind.TaskRetired => $"Task retired: {Title()}{(entry.PreviousTask is { } p ? $", {Text.Percent(p.Share)}" : string.Empty)}.",
            RoleChangeKind.RequirementAdded => $"Requirement added: {context.Requirement(change.Requirement!)}.",
            RoleChangeKind.RequirementChanged => $"Requirement changed: {context.Requirement(change.Requirement!)}.",
            RoleChangeKind.RequirementRemoved => $"Requirement removed: {RemovedRequirement(context, view, entry)}.",
            RoleChangeKind.MetadataChanged => $"Definition changed: {string.Join("; ", DefinitionChanges(context, change))}.",
            _ => change.Template is { } template ? $"Template changed: the role now derives from {context.RoleTitle(template.RoleId)}." : "Template dropped: the role no longer derives from one.",
        };
    }

    private static string TaskChangeText(RoleEvent entry)
    {
        if (entry.PreviousTask is not { } before || entry.Change.Task is not { } after)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (before.Share != after.Share)
        {
            parts.Add($"share {Text.Percent(before.Share)} → {Text.Percent(after.Share)}");
        }

        if (before.Status != after.Status)
        {
            parts.Add($"status {Text.Name(before.Status)} → {Text.Name(after.Status)}");
        }

        if (!string.Equals(before.AreaId, after.AreaId, StringComparison.Ordinal))
        {
            parts.Add("moved to another area");
        }

        if (!before.Title.Equals(after.Title) || !before.Description.Equals(after.Description) || !before.Uses.SequenceEqual(after.Uses))
        {
            parts.Add("reworded or new competencies");
        }

        return parts.Count == 0 ? string.Empty : ", " + string.Join(", ", parts);
    }

    private static string RemovedRequirement(ReportContext context, RoleHistoryView view, RoleEvent entry) =>
        view.ProjectOn(entry.Day.PlusDays(-1)).Role.FindRequirement(entry.Change.RequirementId!) is { } old ? context.Requirement(old) : entry.Change.RequirementId!;

    private static IEnumerable<string> DefinitionChanges(ReportContext context, RoleChange change)
    {
        if (change.Title is { } title)
        {
            yield return $"title \u201c{context.Local(title)}\u201d";
        }

        if (change.Purpose is { } purpose)
        {
            yield return $"purpose \u201c{context.Local(purpose)}\u201d";
        }

        if (change.Outcomes is { } outcomes)
        {
            yield return Text.Count(outcomes.Length, "outcome");
        }

        if (change.Openness is { } openness)
        {
            yield return OpennessSentence(openness);
        }

        if (change.Areas is { } areas)
        {
            yield return "areas " + string.Join(", ", areas.Select(a => context.Local(a.Name)));
        }
    }

    private static string TaskState(ReportContext context, RoleTask? task) =>
        task is null ? "no such task that day" : $"\u201c{context.TaskTitle(task)}\u201d at {Text.Percent(task.IsActive ? task.Share : 0)}{(task.IsActive ? string.Empty : $" ({Text.Name(task.Status)})")}";

    private static string StateName(ProposalState state) => state switch
    {
        ProposalState.Accepted => "accepted",
        ProposalState.Rejected => "rejected",
        ProposalState.Withdrawn => "withdrawn",
        _ => "pending",
    };
}

using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>The timeline of changes in a role report, one entry per <see cref="RoleEvent"/>.</summary>
internal static partial class RoleReport
{
    private static void WriteTimeline(HtmlWriter html, ReportContext context, RoleReportRequest request)
    {
        var w = context.W;
        var events = request.View.GetEvents(request.From, request.To);
        html.Write($"""<section id="timeline"><h2>{w["Report.Timeline"]}</h2><p>{context.Html("Timeline.Intro", w.Count(events.Length, "Count.Change"))}</p><ol class="timeline">""");
        foreach (var entry in events)
        {
            var kind = entry.IsCorrection ? "correction" : entry.State is ProposalState.Rejected or ProposalState.Withdrawn ? "declined" : "change";
            html.Write($"""<li class="{kind}" data-change="{entry.Change.Id}"><span class="when">{context.Day(entry.Day)}</span>""");
            if (entry.Change.IsProposal)
            {
                html.Write($"""<span class="tag">{w.Format("Timeline.Proposal", w.Name(entry.State))}</span>""");
            }

            if (entry.IsCorrection)
            {
                html.Write($"""<span class="tag correction">{w["Timeline.Correction"]}</span>""");
            }

            html.Write($" {Describe(context, request.View, entry)}");
            WriteDetails(html, context, entry, request.View.History.RoleId);
            html.Raw("</li>");
        }

        html.Raw("</ol></section>\n");
    }

    private static void WriteDetails(HtmlWriter html, ReportContext context, RoleEvent entry, string roleId)
    {
        var w = context.W;
        var change = entry.Change;
        var late = NodaTime.Period.DaysBetween(change.EffectiveOn, change.RecordedAt.InUtc().Date);
        var recorded = context.Day(change.RecordedAt.InUtc().Date);
        var by = Recorder(context, change.Author, roleId, change.EffectiveOn);
        var line = (entry.IsRetroactive && late > 0, by) switch
        {
            (true, null) => w.Format("Timeline.RecordedLateAnonymous", recorded, w.Count(late, "Count.Day")),
            (true, _) => w.Format("Timeline.RecordedLate", recorded, w.Count(late, "Count.Day"), by),
            (false, null) => w.Format("Timeline.RecordedAnonymous", recorded),
            (false, _) => w.Format("Timeline.Recorded", recorded, by),
        };
        html.Write($"""<br><span class="muted">{line}{(change.Reason.Length > 0 ? ": " : ".")}<span class="reason">{change.Reason}</span></span>""");
        if (entry.Decision is { } decision)
        {
            var decidedBy = Recorder(context, decision.Author, roleId, decision.EffectiveOn);
            var decided = decidedBy is null
                ? w.Format("Timeline.DecidedAnonymous", w[$"ProposalState.{entry.State}.Decision"], context.Day(decision.EffectiveOn))
                : w.Format("Timeline.Decided", w[$"ProposalState.{entry.State}.Decision"], context.Day(decision.EffectiveOn), decidedBy);
            html.Write($"""<br><span class="muted">{decided}{(decision.Reason.Length > 0 ? ": " : ".")}<span class="reason">{decision.Reason}</span></span>""");
        }

        if (entry.IsCorrection)
        {
            html.Write($"""<br><span class="correction-detail">{w.Format("Timeline.KnownBeforeNow", TaskState(context, entry.KnownBefore), TaskState(context, entry.KnownNow))}</span>""");
        }
    }

    private static string Describe(ReportContext context, RoleHistoryView view, RoleEvent entry)
    {
        var w = context.W;
        var change = entry.Change;
        var task = entry.Task;
        string Title() => task is null ? change.TaskId ?? string.Empty : w.Format("Format.Quoted", context.TaskTitle(task));
        string PreviousShare() => entry.PreviousTask is { } p ? ", " + context.Percent(p.Share) : string.Empty;
        return change.Kind switch
        {
            RoleChangeKind.TaskAdded => w.Format("Change.TaskAdded", Title(), context.Percent(task!.Share), context.OriginName(task.Origin)),
            RoleChangeKind.TaskChanged => w.Format("Change.TaskChanged", Title(), TaskChangeText(context, entry)),
            RoleChangeKind.TaskDelegated => w.Format("Change.TaskDelegated", context.RoleTitle(change.TargetRoleId!), Title(), PreviousShare()),
            RoleChangeKind.TaskRetired => w.Format("Change.TaskRetired", Title(), PreviousShare()),
            RoleChangeKind.RequirementAdded => w.Format("Change.RequirementAdded", context.Requirement(change.Requirement!)),
            RoleChangeKind.RequirementChanged => w.Format("Change.RequirementChanged", context.Requirement(change.Requirement!)),
            RoleChangeKind.RequirementRemoved => w.Format("Change.RequirementRemoved", RemovedRequirement(context, view, entry)),
            RoleChangeKind.MetadataChanged => w.Format("Change.DefinitionChanged", string.Join("; ", DefinitionChanges(context, change))),
            _ => change.Template is { } template ? w.Format("Change.TemplateChanged", context.RoleTitle(template.RoleId)) : w["Change.TemplateDropped"],
        };
    }

    private static string TaskChangeText(ReportContext context, RoleEvent entry)
    {
        var w = context.W;
        if (entry.PreviousTask is not { } before || entry.Change.Task is not { } after)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (before.Share != after.Share)
        {
            parts.Add(w.Format("Change.Share", context.Percent(before.Share), context.Percent(after.Share)));
        }

        if (before.Status != after.Status)
        {
            parts.Add(w.Format("Change.Status", w.Name(before.Status), w.Name(after.Status)));
        }

        if (!string.Equals(before.AreaId, after.AreaId, StringComparison.Ordinal))
        {
            parts.Add(w["Change.Moved"]);
        }

        if (!before.Title.Equals(after.Title) || !before.Description.Equals(after.Description) || !before.Uses.SequenceEqual(after.Uses))
        {
            parts.Add(w["Change.Reworded"]);
        }

        return parts.Count == 0 ? string.Empty : ", " + string.Join(", ", parts);
    }

    private static string RemovedRequirement(ReportContext context, RoleHistoryView view, RoleEvent entry) =>
        view.ProjectOn(entry.Day.PlusDays(-1)).Role.FindRequirement(entry.Change.RequirementId!) is { } old ? context.Requirement(old) : entry.Change.RequirementId!;

    private static IEnumerable<string> DefinitionChanges(ReportContext context, RoleChange change)
    {
        var w = context.W;
        if (change.Title is { } title)
        {
            yield return w.Format("Change.Title", context.Local(title));
        }

        if (change.Purpose is { } purpose)
        {
            yield return w.Format("Change.Purpose", context.Local(purpose));
        }

        if (change.Outcomes is { } outcomes)
        {
            yield return w.Count(outcomes.Length, "Count.Outcome");
        }

        if (change.Openness is { } openness)
        {
            yield return OpennessSentence(context, openness);
        }

        if (change.Areas is { } areas)
        {
            yield return w.Format("Change.Areas", string.Join(", ", areas.Select(a => context.Local(a.Name))));
        }
    }

    private static string TaskState(ReportContext context, RoleTask? task) =>
        task is null
            ? context.W["Timeline.NoSuchTask"]
            : context.W.Format(task.IsActive ? "Timeline.TaskState" : "Timeline.TaskStateInactive", context.TaskTitle(task), context.Percent(task.IsActive ? task.Share : 0), context.W.Name(task.Status));

    /// <summary>
    /// Who recorded a change, for running text: the role's holder when the recorder is a person of the document assigned
    /// to the role that day, another person of the document without their pseudonym, else nobody named. Recorder
    /// identifiers (an office, an account) are no words for a council; the appendix lists them for HR.
    /// </summary>
    private static string? Recorder(ReportContext context, string author, string roleId, NodaTime.LocalDate day) =>
        context.Catalogue.FindPerson(author) is { } person
            ? context.W[person.Assignments.Any(a => a.RoleId == roleId && a.Contains(day)) ? "Recorder.Holder" : "Recorder.Person"]
            : null;
}

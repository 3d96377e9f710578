using NodaTime;

namespace RoleModel.Cli.Reports;

/// <summary>The command line of <c>rolemodel report</c>, turned into a request for one role.</summary>
internal sealed record ReportSettings(
    LocalDate? From,
    LocalDate? To,
    Instant? KnownAt,
    bool IncludePeople,
    string? GradingArea,
    string? GradingLevel,
    decimal Threshold,
    string DocumentName)
{
    /// <summary>The request for one role: its history as known at the instant, the period (defaults: the history's first day, today).</summary>
    public RoleReportRequest For(Catalogue catalogue, string roleId)
    {
        var history = HistoryLookup.Find(catalogue, roleId);
        var known = history.AsKnownAt(KnownAt ?? Today.Now);
        var first = From ?? known.KnownChanges.Select(c => c.EffectiveOn).DefaultIfEmpty(Today.Date).Min();
        var last = To ?? LocalDate.Max(Today.Date, first);
        if (last < first)
        {
            throw UsageException.Worded("Usage.ToBeforeReport", last, first);
        }

        var view = HistoryLookup.View(history, KnownAt, first, last);
        var grading = GradingChoice.Choose(catalogue, view.ProjectOn(last).Role, GradingArea, GradingLevel, Threshold);
        return new RoleReportRequest(view, first, last, grading, IncludePeople, DocumentName);
    }
}

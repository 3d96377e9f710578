using System.Collections.Immutable;
using System.Globalization;

namespace RoleModel.Interop.Standards;

/// <summary>A role as an export sees it: resolved (templates applied) on the day asked, with that day's active tasks,
/// its occupational classification, and the count of what the role holds that no standard carries.</summary>
internal sealed class RoleSource
{
    private RoleSource(Catalogue catalogue, Role role, ImmutableArray<RoleTask> tasks, int inactiveTasks, int changes, int proposals, CultureInfo culture)
    {
        Catalogue = catalogue;
        Role = role;
        Tasks = tasks;
        InactiveTasks = inactiveTasks;
        Changes = changes;
        Proposals = proposals;
        Culture = culture;
        Classification = OccupationCodes.Of(role);
    }

    public Catalogue Catalogue { get; }

    public Role Role { get; }

    public ImmutableArray<RoleTask> Tasks { get; }

    public int InactiveTasks { get; }

    public int Changes { get; }

    public int Proposals { get; }

    public CultureInfo Culture { get; }

    public OccupationCodes Classification { get; }

    /// <summary>The role of <paramref name="roleId"/> on the options' day.</summary>
    /// <exception cref="ArgumentException">The catalogue has no such role.</exception>
    public static RoleSource Create(Catalogue catalogue, string roleId, RoleExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(roleId);
        ArgumentNullException.ThrowIfNull(options);
        var role = catalogue.FindRole(roleId) ?? throw new ArgumentException($"The catalogue has no role '{roleId}'.", nameof(roleId));
        var culture = CultureInfo.GetCultureInfo(options.Language);
        if (catalogue.FindHistory(roleId) is not { } history)
        {
            return new RoleSource(catalogue, catalogue.Resolve(role), [], 0, 0, 0, culture);
        }

        var view = history.AsKnownAt(options.KnownAt);
        var snapshot = view.ProjectOn(options.AsOf);
        var active = snapshot.Tasks.Tasks.Where(t => t.IsActive).ToImmutableArray();
        return new RoleSource(catalogue, catalogue.Resolve(snapshot.Role), active, snapshot.Tasks.Tasks.Length - active.Length,
            view.KnownChanges.Count(), view.PendingProposals.Count(), culture);
    }

    /// <summary>The text in the export's language (with fallback), or null when empty.</summary>
    public string? Text(LocalizedText text) => text.IsEmpty ? null : text.Get(Culture);

    /// <summary>The competency's name, or its identifier when it has none or is not in the catalogue.</summary>
    public string CompetencyName(string id) => Catalogue.FindCompetency(id) is { } competency ? Text(competency.Name) ?? id : id;

    /// <summary>The framework defining a competency, or null.</summary>
    public CompetencyFramework? FrameworkOf(string competencyId) =>
        Catalogue.Frameworks.FirstOrDefault(f => f.FindCompetency(competencyId) is not null);

    /// <summary>What every standard loses of this role: openness, history, proposals, area shares, inactive tasks and the tasks' details.</summary>
    public List<ExportLoss> CommonLosses()
    {
        var losses = new List<ExportLoss>();
        Add(losses, LostAspect.Openness, Role.Openness.Kind == OpennessKind.Fixed ? 0 : 1);
        Add(losses, LostAspect.History, Changes);
        Add(losses, LostAspect.Proposals, Proposals);
        Add(losses, LostAspect.AreaShares, Role.Areas.Count(a => a.ExpectedShare != ShareRange.None));
        Add(losses, LostAspect.InactiveTasks, InactiveTasks);
        Add(losses, LostAspect.TaskShares, Tasks.Count(t => t.Share != 0));
        Add(losses, LostAspect.TaskDetails, Tasks.Count(t => t.Origin != TaskOrigin.Assigned || !t.Uses.IsEmpty || t.AreaId is not null));
        return losses;
    }

    /// <summary>Adds a loss when it concerned at least one value.</summary>
    public static void Add(List<ExportLoss> losses, LostAspect aspect, int count)
    {
        if (count > 0)
        {
            losses.Add(new ExportLoss(aspect, count));
        }
    }

    /// <summary>Sums the losses of several roles, one entry per aspect.</summary>
    public static IEnumerable<ExportLoss> Merge(IEnumerable<ExportLoss> losses) =>
        losses.GroupBy(l => l.Aspect).Select(g => new ExportLoss(g.Key, g.Sum(l => l.Count)));
}

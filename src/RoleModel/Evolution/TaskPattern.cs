using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Evolution;

/// <summary>
/// A recurring task: a group of similar tasks in different roles (see <see cref="TaskPatterns.Find"/>), with
/// how it spread over a period. Immutable.
/// </summary>
/// <remarks>
/// <para>Definitions, for the period [<see cref="TaskPatternReport.From"/>, <see cref="TaskPatternReport.To"/>]:
/// a role <em>has</em> the pattern on a day when one of its member tasks is active that day. A role
/// <em>adopted</em> it on the first day one of its member tasks was active; the adoption was self-initiated
/// when that task's first version has <see cref="TaskOrigin.SelfInitiated"/>.</para>
/// <para><see cref="IsEmerging"/>: at least <see cref="PatternOptions.MinimumRoles"/> roles have it on the
/// last day, more roles have it on the last day than on the first (it spread during the period), and more
/// than half of the roles adopted it self-initiated.</para>
/// <para>Reference equality: a pattern is a computed answer, compared through its members.</para>
/// </remarks>
public sealed class TaskPattern
{
    internal TaskPattern(IReadOnlyList<TaskOccurrence> members, LocalDate from, LocalDate to, int minimumRoles)
    {
        Members = [.. members.OrderBy(m => m.Since).ThenBy(m => m.RoleId, StringComparer.Ordinal).ThenBy(m => m.TaskId, StringComparer.Ordinal)];
        var adoptions = Members.GroupBy(m => m.RoleId, StringComparer.Ordinal).Select(g => g.First()).ToList();
        RoleIds = [.. adoptions.Select(m => m.RoleId)];
        SelfInitiatedRoles = adoptions.Count(m => m.Origin == TaskOrigin.SelfInitiated);
        Since = Members[0].Since;
        Series = BuildSeries(from, to);
        RolesAtStart = Series[0].Roles;
        RolesAtEnd = Series[^1].Roles;
        MedianShare = Median([.. RoleIds.Select(role => LastShare(role, from, to)).OfType<decimal>()]);
        IsEmerging = RolesAtEnd >= minimumRoles && RolesAtEnd > RolesAtStart && SelfInitiatedRoles * 2 > RoleIds.Length;
    }

    /// <summary>The pattern's key: role and task of its first member, such as <c>cdo/ai-pilot</c>.</summary>
    public string Key => Members[0].ToString();

    /// <summary>The title of its first member, as a readable name for the work.</summary>
    public LocalizedText Label => Members[0].Title;

    /// <summary>The member tasks, by first active day, then role and task identifier.</summary>
    public ImmutableArray<TaskOccurrence> Members { get; }

    /// <summary>The roles with a member task, in the order they adopted it.</summary>
    public ImmutableArray<string> RoleIds { get; }

    /// <summary>The first day any role had it.</summary>
    public LocalDate Since { get; }

    /// <summary>The number of roles that had it over the period: the count on the first day, then each day in the period the count changed.</summary>
    public ImmutableArray<PatternPoint> Series { get; }

    /// <summary>The number of roles that had it on the first day of the period.</summary>
    public int RolesAtStart { get; }

    /// <summary>The number of roles that had it on the last day of the period.</summary>
    public int RolesAtEnd { get; }

    /// <summary>
    /// The median, over the roles that had it during the period, of the share of working time its member
    /// tasks took in the role on the last day the role had it in the period; null when no role had it during the period.
    /// </summary>
    public decimal? MedianShare { get; }

    /// <summary>The number of roles whose adoption was self-initiated.</summary>
    public int SelfInitiatedRoles { get; }

    /// <summary>Whether the pattern is emerging (see the remarks).</summary>
    public bool IsEmerging { get; }

    /// <summary>The number of roles that have it on a day.</summary>
    /// <returns>The count.</returns>
    public int RolesOn(LocalDate day) => Members.Where(m => m.On(day) is not null).Select(m => m.RoleId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The key and its spread, such as <c>cdo/ai-pilot (5 roles)</c>.</summary>
    /// <returns>The pattern as text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Key} ({RoleIds.Length} roles)");

    private ImmutableArray<PatternPoint> BuildSeries(LocalDate from, LocalDate to)
    {
        var days = Members.SelectMany(m => m.Versions).SelectMany(v => v.Until is { } until ? new[] { v.From, until } : [v.From])
            .Where(d => d > from && d <= to).Distinct().Order();
        var series = ImmutableArray.CreateBuilder<PatternPoint>();
        series.Add(new PatternPoint(from, RolesOn(from)));
        foreach (var day in days)
        {
            var count = RolesOn(day);
            if (count != series[^1].Roles)
            {
                series.Add(new PatternPoint(day, count));
            }
        }

        return series.ToImmutable();
    }

    private decimal? LastShare(string roleId, LocalDate from, LocalDate to)
    {
        var own = Members.Where(m => string.Equals(m.RoleId, roleId, StringComparison.Ordinal)).ToList();
        var lastDays = own.SelectMany(m => m.Versions)
            .Where(v => v.From <= to && (v.Until is not { } until || until > from))
            .Select(v => v.Until is { } until && until <= to ? until.PlusDays(-1) : to)
            .ToList();
        if (lastDays.Count == 0)
        {
            return null;
        }

        var day = lastDays.Max();
        return own.Sum(m => m.On(day)?.Share ?? 0m);
    }

    private static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2m;
    }
}

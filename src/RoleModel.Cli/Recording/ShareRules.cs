using NodaTime;
using RoleModel.History;

namespace RoleModel.Cli.Recording;

/// <summary>
/// A day on which a role's task profile breaks a rule of shares: the active tasks take more than 100 % of working time, or the
/// self-initiated ones more than the role's openness allows.
/// </summary>
/// <param name="Day">The first day of the break on or after the day asked about.</param>
/// <param name="SelfDirected">Whether the self-initiated share is too high (else the whole active share).</param>
/// <param name="Actual">The share the tasks take that day.</param>
/// <param name="Limit">The most they may take.</param>
/// <param name="Allowed">The openness' range of the self-directed share, for a self-directed break.</param>
/// <param name="Profile">The tasks that day.</param>
internal sealed record ShareBreak(LocalDate Day, bool SelfDirected, decimal Actual, decimal Limit, ShareRange? Allowed, TaskProfile Profile)
{
    /// <summary>How many percentage points must go.</summary>
    public decimal Excess => Actual - Limit;
}

/// <summary>
/// The share rules a recording must keep (the errors RM107 and RM108 of validation), checked before anything is written so that a
/// refusal, or a proposal's warning, can say which share to lower by how much.
/// </summary>
internal static class ShareRules
{
    /// <summary>The first break of a share rule on or after <paramref name="from"/>, in the history as known once everything is recorded; null when there is none.</summary>
    public static ShareBreak? FirstBreak(Catalogue catalogue, RoleHistory history, LocalDate from)
    {
        foreach (var version in history.AsKnownAt(Instant.MaxValue).GetTimeline())
        {
            if (version.Until is { } until && until <= from)
            {
                continue;
            }

            var day = version.From < from ? from : version.From;
            var profile = version.Value.Tasks;
            if (profile.ActiveShare > 100m)
            {
                return new ShareBreak(day, false, profile.ActiveShare, 100m, null, profile);
            }

            var openness = Resolved(catalogue, version.Value.Role).Openness;
            if (openness.Kind != OpennessKind.Fixed && profile.SelfInitiatedShare > openness.SelfDirectedShare.Maximum)
            {
                return new ShareBreak(day, true, profile.SelfInitiatedShare, openness.SelfDirectedShare.Maximum, openness.SelfDirectedShare, profile);
            }
        }

        return null;
    }

    /// <summary>
    /// The task whose share to lower to make room, other than <paramref name="except"/>: of the active tasks that count for the rule,
    /// the one with the smallest share above the excess (so that it keeps some share), else the largest; null when there is none.
    /// </summary>
    public static RoleTask? RoomFrom(ShareBreak broken, string? except)
    {
        var candidates = broken.Profile.Tasks
            .Where(t => t.IsActive && !string.Equals(t.Id, except, StringComparison.Ordinal) && (!broken.SelfDirected || t.Origin == TaskOrigin.SelfInitiated))
            .ToList();
        return candidates.Where(t => t.Share > broken.Excess).OrderBy(t => t.Share).ThenBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? candidates.OrderByDescending(t => t.Share).ThenBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    private static Role Resolved(Catalogue catalogue, Role role)
    {
        try
        {
            return catalogue.Resolve(role);
        }
        catch (InvalidOperationException)
        {
            return role;
        }
    }
}

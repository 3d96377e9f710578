using System.Text.Json;
using RoleModel.Interop.Esco;
using RoleModel.Interop.Onet;

namespace RoleModel.Interop.Releases;

/// <summary>
/// Compares two releases of the same catalogue (two ESCO imports, or the emerging tasks of two O*NET
/// releases). Roles are matched by identifier, emerging tasks by occupation, statement, category and
/// original task.
/// </summary>
public static class ReleaseComparer
{
    /// <summary>The roles added, removed, relabelled and regrouped between two catalogues.</summary>
    /// <param name="older">The older catalogue.</param>
    /// <param name="newer">The newer catalogue.</param>
    /// <param name="olderVersion">The older version, for the record; defaults to the first framework's version.</param>
    /// <param name="newerVersion">The newer version, for the record; defaults to the first framework's version.</param>
    /// <returns>The difference, without emerging tasks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="older"/> or <paramref name="newer"/> is null.</exception>
    public static ReleaseDifference CompareRoles(Catalogue older, Catalogue newer, string? olderVersion = null, string? newerVersion = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<RoleChange>();
        foreach (var role in newer.Roles)
        {
            if (older.FindRole(role.Id) is not { } before)
            {
                changes.Add(new RoleChange(RoleChangeKind.Added, role.Id, null, Title(role)));
                continue;
            }

            if (!before.Title.Equals(role.Title))
            {
                changes.Add(new RoleChange(RoleChangeKind.Relabelled, role.Id, Title(before), Title(role)));
            }

            if (Group(before) is var oldGroup && Group(role) is var newGroup && !string.Equals(oldGroup, newGroup, StringComparison.Ordinal))
            {
                changes.Add(new RoleChange(RoleChangeKind.Regrouped, role.Id, oldGroup, newGroup));
            }
        }

        changes.AddRange(older.Roles.Where(r => newer.FindRole(r.Id) is null).Select(r => new RoleChange(RoleChangeKind.Removed, r.Id, Title(r), null)));
        return new ReleaseDifference(
            olderVersion ?? older.Frameworks.FirstOrDefault()?.Version,
            newerVersion ?? newer.Frameworks.FirstOrDefault()?.Version,
            [.. changes.OrderBy(c => c.Kind).ThenBy(c => c.RoleId, StringComparer.Ordinal)],
            [],
            []);
    }

    /// <summary>The emerging tasks added and withdrawn between two O*NET releases.</summary>
    /// <param name="older">The older release's emerging tasks.</param>
    /// <param name="newer">The newer release's emerging tasks.</param>
    /// <param name="olderVersion">The older version, for the record.</param>
    /// <param name="newerVersion">The newer version, for the record.</param>
    /// <returns>The difference, without role changes; tasks in the order of their release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="older"/> or <paramref name="newer"/> is null.</exception>
    public static ReleaseDifference CompareEmergingTasks(IEnumerable<ProposedTask> older, IEnumerable<ProposedTask> newer, string? olderVersion = null, string? newerVersion = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var olderTasks = older.ToList();
        var newerTasks = newer.ToList();
        var olderKeys = olderTasks.Select(Key).ToHashSet();
        var newerKeys = newerTasks.Select(Key).ToHashSet();
        return new ReleaseDifference(olderVersion, newerVersion, [],
            [.. newerTasks.Where(t => !olderKeys.Contains(Key(t)))],
            [.. olderTasks.Where(t => !newerKeys.Contains(Key(t)))]);
    }

    private static (string, string, EmergingTaskCategory, string?) Key(ProposedTask task) =>
        (task.RoleId, task.Title, task.Category, task.OriginalTaskId);

    private static string Title(Role role) => role.Title.Entries.IsEmpty ? string.Empty : role.Title.Entries[0].Value;

    private static string Group(Role role)
    {
        var broader = role.Extensions.Members.Where(m => m.Key == EscoExtensionNames.Broader)
            .SelectMany(m => m.Value.ValueKind == JsonValueKind.Array ? m.Value.EnumerateArray().Select(e => e.ToString()) : [m.Value.ToString()]);
        return $"{string.Join(", ", role.Tags)} | {string.Join(", ", broader)}";
    }
}

using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Interop.Onet;

/// <summary>
/// Turns an O*NET import into role histories: the imported role as baseline, the release's task statements as
/// accepted additions effective on the release day, the emerging tasks as proposed additions effective on the
/// first day of their month. See <see cref="OnetImportResult.ToHistories"/> and docs/interop.md.
/// </summary>
internal static class OnetHistoryBuilder
{
    public const string Author = "O*NET";

    public static ImmutableArray<RoleHistory> Build(OnetImportResult result, LocalDate releasedOn, Instant recordedAt)
    {
        var catalogue = result.Catalogue
            ?? throw new InvalidOperationException("The import found errors and has no catalogue, so there are no roles to give histories.");
        var prefix = result.Framework!.Version is { } version ? $"onet-{version}-" : "onet-";
        var proposals = result.EmergingTasks.ToLookup(t => t.RoleId, StringComparer.Ordinal);
        var histories = ImmutableArray.CreateBuilder<RoleHistory>(catalogue.Roles.Length);
        using var writer = new ExtensionWriter();
        foreach (var role in catalogue.Roles)
        {
            var tasks = result.Tasks.TryGetValue(role.Id, out var found) ? found : [];
            var changes = new List<RoleChange>(tasks.Length + proposals[role.Id].Count());
            var taskIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var task in tasks)
            {
                taskIds.Add(task.Id);
                changes.Add(RoleChange.AddTask(prefix + task.Id, releasedOn, recordedAt, Author, task, "O*NET task statement"));
            }

            foreach (var proposed in proposals[role.Id])
            {
                var task = ToTask(proposed, UniqueId(EmergingTaskId(proposed.Title), taskIds), writer);
                changes.Add(RoleChange.AddTask(prefix + task.Id, proposed.Date.OnDayOfMonth(1), recordedAt, Author, task, Reason(proposed), isProposal: true));
            }

            histories.Add(new RoleHistory(role, changes));
        }

        return histories.MoveToImmutable();
    }

    /// <summary><c>emerging-</c> and the first 12 hexadecimal digits of the SHA-256 hash of the statement (UTF-8): the same statement gets the same identifier in every release.</summary>
    internal static string EmergingTaskId(string title) =>
        "emerging-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)), 0, 6);

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var unique = id;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

    private static RoleTask ToTask(ProposedTask proposed, string id, ExtensionWriter writer)
    {
        writer.Begin();
        writer.String("onet:category", proposed.Category.ToString());
        if (proposed.OriginalTaskId is { } originalId)
        {
            writer.String("onet:originalTaskId", originalId);
        }

        if (proposed.OriginalTask is { } original)
        {
            writer.String("onet:originalTask", original);
        }

        writer.String("onet:date", proposed.Date.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        if (proposed.DomainSource is { } source)
        {
            writer.String("onet:domainSource", source);
        }

        return new RoleTask(id, LocalizedText.Of("en", proposed.Title), 0m, extensions: writer.End());
    }

    private static string Reason(ProposedTask proposed) => proposed.Category == EmergingTaskCategory.Revision && proposed.OriginalTaskId is { } original
        ? $"O*NET emerging task: a revision of task {original}"
        : "O*NET emerging task: a new task";
}

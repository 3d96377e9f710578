using System.Collections.Immutable;
using System.Text.Json;
using RoleModel.Interop.Onet;

namespace RoleModel.Interop.Releases;

/// <summary>
/// What changed between two releases of a catalogue: roles added, removed, relabelled and regrouped, and
/// emerging tasks added and withdrawn. Immutable; written as JSON by <see cref="WriteTo"/>.
/// </summary>
/// <remarks>Changes are ordered by kind, then role identifier (ordinal). Equality: reference equality.</remarks>
public sealed class ReleaseDifference
{
    internal ReleaseDifference(string? olderVersion, string? newerVersion, ImmutableArray<RoleChange> roleChanges,
        ImmutableArray<ProposedTask> addedTasks, ImmutableArray<ProposedTask> withdrawnTasks)
    {
        OlderVersion = olderVersion;
        NewerVersion = newerVersion;
        RoleChanges = roleChanges;
        AddedEmergingTasks = addedTasks;
        WithdrawnEmergingTasks = withdrawnTasks;
    }

    /// <summary>The version of the older release, or null.</summary>
    public string? OlderVersion { get; }

    /// <summary>The version of the newer release, or null.</summary>
    public string? NewerVersion { get; }

    /// <summary>The role changes, by kind, then role identifier.</summary>
    public ImmutableArray<RoleChange> RoleChanges { get; }

    /// <summary>Emerging tasks only the newer release proposes.</summary>
    public ImmutableArray<ProposedTask> AddedEmergingTasks { get; }

    /// <summary>Emerging tasks only the older release proposed (taken up as tasks, or dropped).</summary>
    public ImmutableArray<ProposedTask> WithdrawnEmergingTasks { get; }

    /// <summary>The role changes of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The changes of that kind, by role identifier.</returns>
    public ImmutableArray<RoleChange> Of(RoleChangeKind kind) => [.. RoleChanges.Where(c => c.Kind == kind)];

    /// <summary>Writes the difference as one JSON object: versions, counts per kind, role changes and emerging tasks.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("olderVersion", OlderVersion);
        writer.WriteString("newerVersion", NewerVersion);
        writer.WriteStartObject("counts");
        foreach (var kind in Enum.GetValues<RoleChangeKind>())
        {
            writer.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), RoleChanges.Count(c => c.Kind == kind));
        }

        writer.WriteNumber("addedEmergingTasks", AddedEmergingTasks.Length);
        writer.WriteNumber("withdrawnEmergingTasks", WithdrawnEmergingTasks.Length);
        writer.WriteEndObject();
        writer.WriteStartArray("roleChanges");
        foreach (var change in RoleChanges)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(change.Kind.ToString()));
            writer.WriteString("role", change.RoleId);
            writer.WriteString("old", change.OldValue);
            writer.WriteString("new", change.NewValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteTasks(writer, "addedEmergingTasks", AddedEmergingTasks);
        WriteTasks(writer, "withdrawnEmergingTasks", WithdrawnEmergingTasks);
        writer.WriteEndObject();
    }

    private static void WriteTasks(Utf8JsonWriter writer, string name, ImmutableArray<ProposedTask> tasks)
    {
        writer.WriteStartArray(name);
        foreach (var task in tasks)
        {
            writer.WriteStartObject();
            writer.WriteString("role", task.RoleId);
            writer.WriteString("task", task.Title);
            writer.WriteString("category", JsonNamingPolicy.CamelCase.ConvertName(task.Category.ToString()));
            writer.WriteString("date", task.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("originalTaskId", task.OriginalTaskId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

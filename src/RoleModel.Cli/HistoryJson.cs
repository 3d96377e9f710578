using System.Text.Json;
using RoleModel.History;

namespace RoleModel.Cli;

/// <summary>Names and JSON output for history results.</summary>
internal static class HistoryJson
{
    public static string Kind(RoleChangeKind kind) => Text.Name(kind);

    public static string State(ProposalState? state) => state is { } s ? Text.Name(s) : "-";

    /// <summary>Whether a revision adds, removes or changes its item.</summary>
    public static string Change<T>(Revision<T> revision)
        where T : class => revision.IsAddition ? "added" : revision.IsRemoval ? "removed" : "changed";

    /// <summary>A proposal's state, a decision's verdict, or "accepted" for a direct change.</summary>
    public static string State(RoleHistoryView view, RoleChange change) =>
        change.Kind == RoleChangeKind.ProposalDecided && change.Decision is { } decision
            ? "decides: " + State(decision)
            : (change.IsProposal ? "proposal, " : string.Empty) + State(view.GetState(change.Id));

    /// <summary>What a change is about: the task, requirement, proposal or template it names.</summary>
    public static string Subject(RoleChange change) =>
        change.Task?.Id ?? change.TaskId ?? change.Requirement?.Id ?? change.RequirementId ?? change.ProposalId
        ?? change.Template?.RoleId ?? (change.Kind == RoleChangeKind.MetadataChanged ? "definition" : "-");

    public static void WriteChanges(Utf8JsonWriter writer, RoleHistoryView view, IEnumerable<RoleChange> changes)
    {
        writer.WriteStartObject();
        writer.WriteString("role", view.History.RoleId);
        writer.WriteString("knownAt", view.KnownAt.ToString());
        writer.WriteStartArray("changes");
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", change.Id);
            writer.WriteString("kind", Kind(change.Kind));
            writer.WriteString("effective", change.EffectiveOn.ToString("yyyy-MM-dd", Text.Culture));
            writer.WriteString("recorded", change.RecordedAt.ToString());
            writer.WriteString("subject", Subject(change));
            writer.WriteString("state", State(view.GetState(change.Id)));
            writer.WriteBoolean("proposal", change.IsProposal);
            if (change.Decision is { } decision)
            {
                writer.WriteString("decision", State(decision));
            }

            writer.WriteString("author", change.Author);
            writer.WriteString("reason", change.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteDiff(Utf8JsonWriter writer, string roleId, NodaTime.LocalDate from, NodaTime.LocalDate to, RoleDiff diff)
    {
        writer.WriteStartObject();
        writer.WriteString("role", roleId);
        writer.WriteString("from", from.ToString("yyyy-MM-dd", Text.Culture));
        writer.WriteString("to", to.ToString("yyyy-MM-dd", Text.Culture));
        writer.WriteStartArray("tasks");
        foreach (var revision in diff.Tasks)
        {
            writer.WriteStartObject();
            writer.WriteString("task", (revision.After ?? revision.Before)!.Id);
            writer.WriteString("change", Change(revision));
            if (revision.Before is { } before)
            {
                writer.WriteNumber("shareBefore", before.Share);
                writer.WriteString("statusBefore", Text.Name(before.Status));
            }

            if (revision.After is { } after)
            {
                writer.WriteNumber("shareAfter", after.Share);
                writer.WriteString("statusAfter", Text.Name(after.Status));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("requirements");
        foreach (var revision in diff.Requirements)
        {
            writer.WriteStartObject();
            writer.WriteString("requirement", (revision.After ?? revision.Before)!.Id);
            writer.WriteString("change", Change(revision));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("changedAspects");
        foreach (var aspect in diff.ChangedAspects)
        {
            writer.WriteStringValue(Text.Name(aspect));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteDrift(Utf8JsonWriter writer, string roleId, RoleDrift drift)
    {
        writer.WriteStartObject();
        writer.WriteString("role", roleId);
        writer.WriteString("from", drift.From.ToString("yyyy-MM-dd", Text.Culture));
        writer.WriteString("to", drift.To.ToString("yyyy-MM-dd", Text.Culture));
        writer.WriteNumber("noveltyShare", drift.NoveltyShare);
        writer.WriteNumber("selfInitiatedShare", drift.SelfInitiatedShare);
        writer.WriteNumber("tasksAtStart", drift.TasksAtStart);
        writer.WriteNumber("tasksAdded", drift.TasksAdded);
        writer.WriteNumber("tasksRemoved", drift.TasksRemoved);
        if (drift.Turnover is { } turnover)
        {
            writer.WriteNumber("turnover", Math.Round(turnover, 6));
        }
        else
        {
            writer.WriteNull("turnover");
        }

        writer.WriteStartArray("unrequiredCompetencies");
        drift.UnrequiredCompetencyIds.ToList().ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteStartArray("unusedRequirements");
        drift.UnusedRequirementIds.ToList().ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

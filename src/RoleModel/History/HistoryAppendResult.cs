using System.Collections.Immutable;

namespace RoleModel.History;

/// <summary>
/// The outcome of <see cref="RoleHistory.AppendIfUnchanged(string?, IEnumerable{RoleChange})"/>: the changes were
/// appended to the history as it was read, or refused because the history moved on since then. Immutable.
/// </summary>
/// <remarks>Equality: the same outcome, history, missed changes in the same order, and refusal.</remarks>
public sealed class HistoryAppendResult : IEquatable<HistoryAppendResult>
{
    private HistoryAppendResult(RoleHistory history, bool isAppended, ImmutableArray<RoleChange> missed, string? refusal)
    {
        History = history;
        IsAppended = isAppended;
        Missed = missed;
        Refusal = refusal;
    }

    /// <summary>Whether the changes were appended.</summary>
    public bool IsAppended { get; }

    /// <summary>The history with the changes appended; when refused, the history as it is, unchanged.</summary>
    public RoleHistory History { get; }

    /// <summary>When refused, the changes recorded after the one the caller read the history at (all of them when that change is not in the history); empty when appended.</summary>
    public ImmutableArray<RoleChange> Missed { get; }

    /// <summary>When refused, why, in a sentence naming the change read at and the changes missed; null when appended.</summary>
    public string? Refusal { get; }

    internal static HistoryAppendResult Appended(RoleHistory history) => new(history, true, [], null);

    internal static HistoryAppendResult Refused(RoleHistory history, ImmutableArray<RoleChange> missed, string refusal) => new(history, false, missed, refusal);

    /// <inheritdoc />
    public bool Equals(HistoryAppendResult? other) =>
        other is not null && IsAppended == other.IsAppended && History.Equals(other.History)
        && Missed.SequenceEqual(other.Missed) && string.Equals(Refusal, other.Refusal, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HistoryAppendResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsAppended, History, Missed.Length, Refusal);

    /// <inheritdoc />
    public override string ToString() => Refusal ?? $"appended: {History}";
}

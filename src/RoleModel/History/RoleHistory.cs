using System.Collections.Immutable;
using NodaTime;
using RoleModel.Validation;

namespace RoleModel.History;

/// <summary>
/// The history of one role: its baseline definition and an append-only log of dated changes to the role
/// and its task profile, in the order they were recorded. Immutable.
/// </summary>
/// <remarks>
/// <para>The history starts from <see cref="Baseline"/> (the role's definition; its task profile is empty)
/// and never forgets: a correction is a new change, possibly taking effect on an earlier day, never an
/// edit. Proposals are decided by later <see cref="RoleChangeKind.ProposalDecided"/> entries, so the log
/// also answers what was pending at any past instant.</para>
/// <para>Questions about the role on a day are asked of a <see cref="RoleHistoryView"/>: the history as known
/// at an instant (<see cref="AsKnownAt(Instant)"/>). The index behind the views is built once per history,
/// on first use, in time and memory linear in the log (plus a sort of each task's versions).</para>
/// <para>Equality: the same baseline, the same changes in the same order, and the same extension data.</para>
/// </remarks>
public sealed class RoleHistory : IEquatable<RoleHistory>
{
    private HistoryIndex? index;

    /// <summary>Creates a history.</summary>
    /// <param name="baseline">The role's definition the history starts from.</param>
    /// <param name="changes">The changes, in recorded order; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <param name="baselineTasks">
    /// The task profile in force from <paramref name="baselineTasksFrom"/> without change records, such as a
    /// fixed duty list (format 1.1); defaults to none.
    /// </param>
    /// <param name="baselineTasksFrom">The first day of the baseline task profile; required with tasks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A change is null, is recorded before the change preceding it, or repeats an identifier; a baseline task is
    /// null or repeats a task identifier; baseline tasks have no first day, or a first day has no tasks.
    /// </exception>
    public RoleHistory(
        Role baseline, IEnumerable<RoleChange>? changes = null, ExtensionData? extensions = null,
        IEnumerable<RoleTask>? baselineTasks = null, LocalDate? baselineTasksFrom = null)
    {
        Baseline = Preconditions.CheckNotNull(baseline);
        Changes = Preconditions.CheckItems(changes);
        Extensions = extensions ?? ExtensionData.Empty;
        BaselineTasks = Preconditions.CheckItems(baselineTasks);
        if (BaselineTasks.IsEmpty != (baselineTasksFrom is null))
        {
            throw new ArgumentException("Baseline tasks and their first day come together.", nameof(baselineTasksFrom));
        }

        if (Preconditions.FindDuplicate(BaselineTasks, t => t.Id, StringComparer.Ordinal) is { } duplicate)
        {
            throw new ArgumentException($"The baseline task '{duplicate}' occurs more than once.", nameof(baselineTasks));
        }

        BaselineTasksFrom = baselineTasksFrom;
        var ids = new HashSet<string>(Changes.Length, StringComparer.Ordinal);
        for (var i = 0; i < Changes.Length; i++)
        {
            CheckAppendable(Changes[i], i == 0 ? null : Changes[i - 1], ids, nameof(changes));
        }
    }

    /// <summary>The role's definition the history starts from.</summary>
    public Role Baseline { get; }

    /// <summary>The identifier of the role.</summary>
    public string RoleId => Baseline.Id;

    /// <summary>The changes, in the order they were recorded.</summary>
    public ImmutableArray<RoleChange> Changes { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>The task profile in force from <see cref="BaselineTasksFrom"/>, written once without change records; empty when none.</summary>
    public ImmutableArray<RoleTask> BaselineTasks { get; }

    /// <summary>The first day of <see cref="BaselineTasks"/>, or null when there are none.</summary>
    public LocalDate? BaselineTasksFrom { get; }

    internal HistoryIndex Index => index ?? LazyInitializer.EnsureInitialized(ref index, () => new HistoryIndex(this));

    /// <summary>A history with one more change at the end of the log.</summary>
    /// <param name="change">The change; recorded no earlier than the last change.</param>
    /// <returns>The new history; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException">The change is recorded before the last change, or repeats an identifier.</exception>
    public RoleHistory Append(RoleChange change) => Append([Preconditions.CheckNotNull(change)]);

    /// <summary>A history with more changes at the end of the log, in the order given.</summary>
    /// <param name="changes">The changes; each recorded no earlier than the one before it.</param>
    /// <returns>The new history; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">A change is null, out of recorded order, or repeats an identifier.</exception>
    public RoleHistory Append(IEnumerable<RoleChange> changes)
    {
        Preconditions.CheckNotNull(changes);
        return new(Baseline, Changes.AddRange(Preconditions.CheckItems(changes)), Extensions, BaselineTasks, BaselineTasksFrom);
    }

    /// <summary>The identifier of the last change recorded, or null when there is none: what a writer keeps to append later with <see cref="AppendIfUnchanged"/>.</summary>
    public string? LastChangeId => Changes.IsEmpty ? null : Changes[^1].Id;

    /// <summary>
    /// Appends changes only if this history is still the one the caller read: its last change is
    /// <paramref name="readAtLastChangeId"/>. The guard of an integrator who reads a history, lets a person decide, and
    /// appends to the history as it is by then (such as re-read from a store): a change recorded by someone else in between
    /// refuses the append instead of being overlooked.
    /// </summary>
    /// <param name="readAtLastChangeId">The <see cref="LastChangeId"/> of the history as the caller read it; null when it had no change.</param>
    /// <param name="changes">The changes; each recorded no earlier than the one before it.</param>
    /// <returns>The appended history, or a refusal naming the changes recorded since (this history is unchanged either way).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">A change is null, out of recorded order, or repeats an identifier (when the history did not move on).</exception>
    public HistoryAppendResult AppendIfUnchanged(string? readAtLastChangeId, IEnumerable<RoleChange> changes)
    {
        Preconditions.CheckNotNull(changes);
        if (string.Equals(LastChangeId, readAtLastChangeId, StringComparison.Ordinal))
        {
            return HistoryAppendResult.Appended(Append(changes));
        }

        var at = readAtLastChangeId is null ? -1 : Changes.IndexOf(Changes.FirstOrDefault(c => string.Equals(c.Id, readAtLastChangeId, StringComparison.Ordinal))!);
        var known = readAtLastChangeId is null || at >= 0;
        var missed = known ? Changes[(at + 1)..] : Changes;
        var read = readAtLastChangeId is null ? "without changes" : $"at change '{readAtLastChangeId}'";
        var refusal = known
            ? $"The history of role '{RoleId}' was read {read}, but {missed.Length} {(missed.Length == 1 ? "change was" : "changes were")} recorded since ({string.Join(", ", missed.Select(c => $"'{c.Id}'"))}); nothing was appended. Read it again and decide again."
            : $"The history of role '{RoleId}' was read at change '{readAtLastChangeId}', which it does not hold (its last change is '{LastChangeId ?? "none"}'); nothing was appended.";
        return HistoryAppendResult.Refused(this, missed, refusal);
    }

    /// <summary>The history as it was known at an instant: changes recorded later, and decisions recorded later, are ignored.</summary>
    /// <param name="knownAt">The instant; <see cref="Instant.MaxValue"/> for everything recorded.</param>
    /// <returns>The view; building it the first time builds the history's index.</returns>
    public RoleHistoryView AsKnownAt(Instant knownAt) => new(Index, knownAt);

    /// <summary>The history as it is known now, "now" being the clock's current instant.</summary>
    /// <param name="clock">The clock; the library never reads the system clock itself.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public RoleHistoryView AsKnownAt(IClock clock) => AsKnownAt(Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>
    /// Checks every change against the state it applies to (as known when it took effect), every decision
    /// against its proposal, and every day's projected task profile (as known now, from everything recorded)
    /// against the rules of <see cref="Catalogue.Validate(RoleSnapshot, string)"/>; a broken rule is reported
    /// once, with the first day it breaks and the change that broke it.
    /// </summary>
    /// <param name="catalogue">The catalogue that resolves competencies, levels, templates and delegation targets.</param>
    /// <param name="path">The JSONPath of this history in its document; defaults to <c>$</c>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationReport Validate(Catalogue catalogue, string path = "$") =>
        ValidateComposed(Preconditions.CheckNotNull(catalogue), Preconditions.CheckNotNull(path), null);

    /// <summary>The same check against a document composed with the catalogues it imports (its messages say so).</summary>
    internal ValidationReport ValidateComposed(Catalogue composed, string path, IReadOnlyList<Serialization.Composition.ImportedDocument>? imported) =>
        new HistoryValidator(Index, composed, path, imported).Validate();

    /// <inheritdoc />
    public bool Equals(RoleHistory? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Baseline.Equals(other.Baseline)
            && Equality.Sequence(Changes, other.Changes)
            && Equality.Sequence(BaselineTasks, other.BaselineTasks)
            && BaselineTasksFrom == other.BaselineTasksFrom
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleHistory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Baseline, Changes.Length);

    /// <summary>The role identifier and the number of changes.</summary>
    /// <returns>The history as text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RoleId} ({Changes.Length} changes)");

    private static void CheckAppendable(RoleChange change, RoleChange? previous, HashSet<string> ids, string name)
    {
        if (previous is not null && change.RecordedAt < previous.RecordedAt)
        {
            throw new ArgumentException($"Change '{change.Id}' must not be recorded before change '{previous.Id}' that precedes it: the log is append-only in recorded order.", name);
        }

        if (!ids.Add(change.Id))
        {
            throw new ArgumentException($"The change identifier '{change.Id}' must not occur twice in a history.", name);
        }
    }
}

using NodaTime;

namespace RoleModel.History;

/// <summary>
/// One entry of a role's event timeline (see <see cref="RoleHistoryView.GetEvents"/>): a known change with what a
/// reader needs to tell it, namely its decision if it was a proposal, the task before and after, and, for a change
/// recorded after the day it takes effect, what was known about that day before it. Immutable.
/// </summary>
/// <remarks>
/// <para><see cref="IsRetroactive"/>: the change became known (recorded, or for a proposal accepted) on a later
/// UTC day than the day it takes effect. <see cref="IsCorrection"/>: a retroactive task change that replaced a
/// version of the task already known for that day, such as a share that was mis-typed: then
/// <see cref="KnownBefore"/> and <see cref="KnownNow"/> differ.</para>
/// <para>Equality: the same change, state, decision and task versions.</para>
/// </remarks>
public sealed class RoleEvent : IEquatable<RoleEvent>
{
    internal RoleEvent(RoleChange change, ProposalState state, RoleChange? decision, RoleTask? previousTask, bool isRetroactive, RoleTask? knownBefore, RoleTask? knownNow)
    {
        (Change, State, Decision, PreviousTask) = (change, state, decision, previousTask);
        (IsRetroactive, KnownBefore, KnownNow) = (isRetroactive, knownBefore, knownNow);
    }

    /// <summary>The change.</summary>
    public RoleChange Change { get; }

    /// <summary>The day the change takes effect (or would, for a proposal not accepted).</summary>
    public LocalDate Day => Change.EffectiveOn;

    /// <summary>Accepted for a direct change; for a proposal, its decision as known, or <see cref="ProposalState.Proposed"/> while pending.</summary>
    public ProposalState State { get; }

    /// <summary>The decision entry of a decided proposal, else null.</summary>
    public RoleChange? Decision { get; }

    /// <summary>The task as it was the day before <see cref="Day"/> (task changes, delegations, retirements), else null.</summary>
    public RoleTask? PreviousTask { get; }

    /// <summary>The task concerned: the new version for an addition or change, else the version that left; null for changes not about tasks.</summary>
    public RoleTask? Task => Change.Task ?? PreviousTask;

    /// <summary>Whether the change became known on a later day than the day it takes effect.</summary>
    public bool IsRetroactive { get; }

    /// <summary>For a retroactive task change: the task on <see cref="Day"/> as known just before the change became known (null when the task was not known for that day); else null.</summary>
    public RoleTask? KnownBefore { get; }

    /// <summary>For a retroactive task change: the task on <see cref="Day"/> as known at the view's instant (null when it is absent that day); else null.</summary>
    public RoleTask? KnownNow { get; }

    /// <summary>Whether the change corrected a task version already known for its day (<see cref="KnownBefore"/> is set and differs from <see cref="KnownNow"/>).</summary>
    public bool IsCorrection => IsRetroactive && KnownBefore is not null && !KnownBefore.Equals(KnownNow);

    /// <inheritdoc />
    public bool Equals(RoleEvent? other) =>
        other is not null
        && Change.Equals(other.Change)
        && State == other.State
        && Equals(Decision, other.Decision)
        && Equals(PreviousTask, other.PreviousTask)
        && IsRetroactive == other.IsRetroactive
        && Equals(KnownBefore, other.KnownBefore)
        && Equals(KnownNow, other.KnownNow);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Change, State);

    /// <summary>The change and its state, such as <c>c-12 taskAdded 2024-03-01 Accepted</c>.</summary>
    /// <returns>The event as text.</returns>
    public override string ToString() => $"{Change} {State}{(IsCorrection ? " correction" : string.Empty)}";
}

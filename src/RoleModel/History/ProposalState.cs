namespace RoleModel.History;

/// <summary>
/// Where a change stands. A change recorded as a proposal is <see cref="Proposed"/> until a later
/// <see cref="RoleChangeKind.ProposalDecided"/> entry decides it; only accepted changes take effect.
/// In JSON each state is its camelCase name.
/// </summary>
public enum ProposalState
{
    /// <summary>Recorded for review; does not take effect yet.</summary>
    Proposed,

    /// <summary>Takes effect, from the instant it was recorded (a direct change) or accepted (a proposal).</summary>
    Accepted,

    /// <summary>Turned down by a reviewer; never takes effect.</summary>
    Rejected,

    /// <summary>Taken back by its author before a decision; never takes effect.</summary>
    Withdrawn,
}

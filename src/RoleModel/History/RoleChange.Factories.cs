using NodaTime;

namespace RoleModel.History;

/// <summary>The factory methods, one for each <see cref="RoleChangeKind"/>.</summary>
/// <remarks>
/// Every factory takes the change's identifier (unique in its history), the day it takes effect (ISO
/// calendar), the instant it is recorded, its author, then its payload, then an optional reason, whether it
/// is a proposal (default: a direct, accepted change) and unknown JSON members. Each throws
/// <see cref="ArgumentNullException"/> for a null required argument and <see cref="ArgumentException"/> for
/// a blank identifier or author, or an effective day outside the ISO calendar.
/// </remarks>
public sealed partial class RoleChange
{
    /// <summary>A task joins the profile on <paramref name="effectiveOn"/>.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The day the change takes effect.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="task">The task; <see cref="TaskOrigin.Delegated"/> for a task received from another role.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange AddTask(string id, LocalDate effectiveOn, Instant recordedAt, string author, RoleTask task, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.TaskAdded, effectiveOn, recordedAt, author, reason, isProposal, extensions) { Task = Preconditions.CheckNotNull(task), TaskId = task.Id };

    /// <summary>A task is replaced by a new version (title, area, competencies, share or status) on <paramref name="effectiveOn"/>.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The day the change takes effect.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="task">The new version; its identifier names the task changed.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange ChangeTask(string id, LocalDate effectiveOn, Instant recordedAt, string author, RoleTask task, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.TaskChanged, effectiveOn, recordedAt, author, reason, isProposal, extensions) { Task = Preconditions.CheckNotNull(task), TaskId = task.Id };

    /// <summary>A task leaves the profile for another role on <paramref name="effectiveOn"/>.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The day the task is first done by the other role.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="taskId">The task delegated.</param>
    /// <param name="targetRoleId">The role that takes the task over.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange DelegateTask(string id, LocalDate effectiveOn, Instant recordedAt, string author, string taskId, string targetRoleId, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.TaskDelegated, effectiveOn, recordedAt, author, reason, isProposal, extensions)
        {
            TaskId = Preconditions.CheckIdentifier(taskId),
            TargetRoleId = Preconditions.CheckIdentifier(targetRoleId),
        };

    /// <summary>A task leaves the profile on <paramref name="effectiveOn"/> because it is no longer done.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The first day the task is no longer done.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="taskId">The task retired.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange RetireTask(string id, LocalDate effectiveOn, Instant recordedAt, string author, string taskId, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.TaskRetired, effectiveOn, recordedAt, author, reason, isProposal, extensions) { TaskId = Preconditions.CheckIdentifier(taskId) };

    /// <summary>A competency requirement joins the role on <paramref name="effectiveOn"/>.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The day the change takes effect.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="requirement">The requirement.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange AddRequirement(string id, LocalDate effectiveOn, Instant recordedAt, string author, CompetencyRequirement requirement, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.RequirementAdded, effectiveOn, recordedAt, author, reason, isProposal, extensions) { Requirement = Preconditions.CheckNotNull(requirement), RequirementId = requirement.Id };

    /// <summary>A competency requirement is replaced by a new version with the same identifier on <paramref name="effectiveOn"/>.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The day the change takes effect.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="requirement">The new version; its identifier names the requirement changed.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange ChangeRequirement(string id, LocalDate effectiveOn, Instant recordedAt, string author, CompetencyRequirement requirement, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.RequirementChanged, effectiveOn, recordedAt, author, reason, isProposal, extensions) { Requirement = Preconditions.CheckNotNull(requirement), RequirementId = requirement.Id };

    /// <summary>A competency requirement is dropped on <paramref name="effectiveOn"/>.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The first day the requirement no longer applies.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="requirementId">The requirement dropped.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange RemoveRequirement(string id, LocalDate effectiveOn, Instant recordedAt, string author, string requirementId, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.RequirementRemoved, effectiveOn, recordedAt, author, reason, isProposal, extensions) { RequirementId = Preconditions.CheckIdentifier(requirementId) };

    /// <summary>Some of the role's title, purpose, outcomes, openness and responsibility areas are replaced on <paramref name="effectiveOn"/>; null leaves a part as it is.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The day the change takes effect.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="title">The new title, or null.</param>
    /// <param name="purpose">The new purpose, or null.</param>
    /// <param name="outcomes">The new outcomes, or null.</param>
    /// <param name="openness">The new openness with its bounds, or null.</param>
    /// <param name="areas">The new responsibility areas, or null.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, the day is not ISO, a collection holds null, or no part is given.</exception>
    public static RoleChange ChangeMetadata(
        string id,
        LocalDate effectiveOn,
        Instant recordedAt,
        string author,
        LocalizedText? title = null,
        LocalizedText? purpose = null,
        IEnumerable<LocalizedText>? outcomes = null,
        RoleOpenness? openness = null,
        IEnumerable<ResponsibilityArea>? areas = null,
        string? reason = null,
        bool isProposal = false,
        ExtensionData? extensions = null)
    {
        if (title is null && purpose is null && outcomes is null && openness is null && areas is null)
        {
            throw new ArgumentException("A metadata change must replace at least one of title, purpose, outcomes, openness and areas.", nameof(title));
        }

        return new(id, RoleChangeKind.MetadataChanged, effectiveOn, recordedAt, author, reason, isProposal, extensions)
        {
            Title = title,
            Purpose = purpose,
            Outcomes = outcomes is null ? null : Preconditions.CheckItems(outcomes),
            Openness = openness,
            Areas = areas is null ? null : Preconditions.CheckItems(areas),
        };
    }

    /// <summary>The template the role derives from is replaced on <paramref name="effectiveOn"/>.</summary>
    /// <param name="id">The change identifier.</param>
    /// <param name="effectiveOn">The day the change takes effect.</param>
    /// <param name="recordedAt">The instant it is recorded.</param>
    /// <param name="author">Who records it.</param>
    /// <param name="template">The new template, or null when the role no longer derives from one.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="isProposal">Whether it is a proposal; defaults to false.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    public static RoleChange ChangeTemplate(string id, LocalDate effectiveOn, Instant recordedAt, string author, RoleTemplate? template, string? reason = null, bool isProposal = false, ExtensionData? extensions = null) =>
        new(id, RoleChangeKind.TemplateChanged, effectiveOn, recordedAt, author, reason, isProposal, extensions) { Template = template };

    /// <summary>
    /// Decides a proposal recorded earlier: accepted (it takes effect, as known from <paramref name="recordedAt"/>),
    /// rejected or withdrawn (it never takes effect). The proposal itself stays in the log unchanged.
    /// </summary>
    /// <param name="id">The change identifier of the decision.</param>
    /// <param name="decidedOn">The day the decision was taken; it does not move the proposal's effective day.</param>
    /// <param name="recordedAt">The instant the decision is recorded.</param>
    /// <param name="author">Who decides (for a withdrawal, the proposal's author).</param>
    /// <param name="proposalId">The identifier of the proposal.</param>
    /// <param name="decision">Accepted, rejected or withdrawn.</param>
    /// <param name="reason">Why; defaults to empty.</param>
    /// <param name="extensions">Unknown JSON members; defaults to none.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the author is blank, or the day is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decision"/> is <see cref="ProposalState.Proposed"/> or undefined.</exception>
    public static RoleChange Decide(string id, LocalDate decidedOn, Instant recordedAt, string author, string proposalId, ProposalState decision, string? reason = null, ExtensionData? extensions = null)
    {
        if (decision is not (ProposalState.Accepted or ProposalState.Rejected or ProposalState.Withdrawn))
        {
            throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision must accept, reject or withdraw a proposal.");
        }

        return new(id, RoleChangeKind.ProposalDecided, decidedOn, recordedAt, author, reason, false, extensions)
        {
            ProposalId = Preconditions.CheckIdentifier(proposalId),
            Decision = decision,
        };
    }
}

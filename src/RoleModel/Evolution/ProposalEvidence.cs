using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Evolution;

/// <summary>One derived role's part in the evidence for a <see cref="TemplateProposal"/>. Immutable.</summary>
/// <remarks>Reference equality: a computed answer.</remarks>
public sealed class ProposalEvidence
{
    internal ProposalEvidence(string roleId, ImmutableArray<string> taskIds, LocalDate since, LocalDate? until)
    {
        RoleId = roleId;
        TaskIds = taskIds;
        Since = since;
        Until = until;
    }

    /// <summary>The derived role.</summary>
    public string RoleId { get; }

    /// <summary>The role's tasks that carry the evidence (the work, or the tasks using the competency).</summary>
    public ImmutableArray<string> TaskIds { get; }

    /// <summary>The first day the role had the work or used the competency.</summary>
    public LocalDate Since { get; }

    /// <summary>The first day the role no longer had it, or null when it still has it.</summary>
    public LocalDate? Until { get; }

    /// <summary>The role, tasks and days, such as <c>cdo-lindenau: ai-trial since 2024-06-01</c>.</summary>
    /// <returns>The evidence as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RoleId}: {string.Join(", ", TaskIds)} since {Since:uuuu-MM-dd}{(Until is { } u ? $" until {u:uuuu-MM-dd}" : string.Empty)}");
}

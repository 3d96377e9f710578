using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Evolution;

/// <summary>A proposal to update a template role, with its evidence from the roles derived from it (see <see cref="TemplateEvolution.Propose(Catalogue, string, NodaTime.Instant, NodaTime.LocalDate, PatternOptions?)"/>). Immutable.</summary>
/// <remarks>Reference equality: a computed answer.</remarks>
public sealed class TemplateProposal
{
    internal TemplateProposal(TemplateProposalKind kind, string subject, LocalizedText label, LocalDate? since, ImmutableArray<ProposalEvidence> evidence)
    {
        Kind = kind;
        Subject = subject;
        Label = label;
        Since = since;
        Evidence = evidence;
    }

    /// <summary>What to change.</summary>
    public TemplateProposalKind Kind { get; }

    /// <summary>
    /// What the proposal is about: for <see cref="TemplateProposalKind.AddTask"/> the key of the pattern
    /// (<see cref="TaskPattern.Key"/>, over all histories of the catalogue), for <see cref="TemplateProposalKind.RetireTask"/> the template's task,
    /// for <see cref="TemplateProposalKind.AddRequirement"/> the competency, for
    /// <see cref="TemplateProposalKind.RemoveRequirement"/> the template's requirement.
    /// </summary>
    public string Subject { get; }

    /// <summary>
    /// A readable name: the title of the task <see cref="Subject"/> names (for <see cref="TemplateProposalKind.AddTask"/>, the
    /// task of the pattern's key, as last known) or the competency's name; empty when the catalogue has none.
    /// </summary>
    public LocalizedText Label { get; }

    /// <summary>
    /// For additions, the first day a derived role had the work or used the competency; for removals, the day
    /// from which no derived role had it, or null when none ever had it.
    /// </summary>
    public LocalDate? Since { get; }

    /// <summary>
    /// The derived roles behind the proposal, by role identifier: for additions, those that have it on the day
    /// of the analysis; for removals, those that had it before.
    /// </summary>
    public ImmutableArray<ProposalEvidence> Evidence { get; }

    /// <summary>The kind and subject, such as <c>AddTask cdo-rheinfurt/ai-assistant (4 roles)</c>.</summary>
    /// <returns>The proposal as text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind} {Subject} ({Evidence.Length} roles)");
}

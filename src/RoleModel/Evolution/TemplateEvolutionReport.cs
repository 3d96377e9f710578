using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Evolution;

/// <summary>The proposals to update one template role (see <see cref="TemplateEvolution.Propose(Catalogue, string, NodaTime.Instant, NodaTime.LocalDate, PatternOptions?)"/>). Immutable.</summary>
/// <remarks>Reference equality: a computed answer.</remarks>
public sealed class TemplateEvolutionReport
{
    internal TemplateEvolutionReport(string templateRoleId, LocalDate on, Instant knownAt, ImmutableArray<string> derivedRoleIds, ImmutableArray<TemplateProposal> proposals)
    {
        TemplateRoleId = templateRoleId;
        On = on;
        KnownAt = knownAt;
        DerivedRoleIds = derivedRoleIds;
        Proposals = proposals;
    }

    /// <summary>The template role.</summary>
    public string TemplateRoleId { get; }

    /// <summary>The day compared.</summary>
    public LocalDate On { get; }

    /// <summary>The instant as of which the histories were read.</summary>
    public Instant KnownAt { get; }

    /// <summary>The roles that derive from the template, by identifier.</summary>
    public ImmutableArray<string> DerivedRoleIds { get; }

    /// <summary>The proposals: additions of tasks, then of requirements, then retirements and removals; within a kind, most roles first, then by subject.</summary>
    public ImmutableArray<TemplateProposal> Proposals { get; }
}

using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Analysis;

/// <summary>The detailed path: one role against one person, straight over the domain objects.</summary>
internal sealed class GapAnalyzer(ScaleTable scales, AnalysisOptions options, LocalDate asOf)
{
    internal LocalDate AsOf => asOf;

    /// <summary>Analyzes an effective (already resolved) role.</summary>
    internal GapAnalysis Analyze(Role effectiveRole, Person person)
    {
        var requirements = effectiveRole.Requirements;
        double essentialWeight = 0, optionalWeight = 0;
        foreach (var requirement in requirements)
        {
            if (requirement.Importance == RequirementImportance.Essential)
            {
                essentialWeight += requirement.Weight;
            }
            else
            {
                optionalWeight += requirement.Weight;
            }
        }

        var latest = LatestValid(person);
        var gaps = ImmutableArray.CreateBuilder<RequirementGap>(requirements.Length);
        double essentialSum = 0, optionalSum = 0;
        foreach (var requirement in requirements)
        {
            var essential = requirement.Importance == RequirementImportance.Essential;
            var max = FitScore.MaxContribution(essential, requirement.Weight, essentialWeight, optionalWeight, options.EssentialShare);
            var gap = Evaluate(requirement, latest, max);
            gaps.Add(gap);
            if (essential)
            {
                essentialSum += requirement.Weight * gap.Fulfilment;
            }
            else
            {
                optionalSum += requirement.Weight * gap.Fulfilment;
            }
        }

        var score = FitScore.Combine(essentialSum, essentialWeight, optionalSum, optionalWeight, options.EssentialShare);
        return new GapAnalysis(effectiveRole.Id, person.Id, asOf, gaps.MoveToImmutable(), score);
    }

    /// <summary>Per competency, the latest assessment valid on the day (on a tie, the later one in document order).</summary>
    internal Dictionary<string, CompetencyAssessment> LatestValid(Person person)
    {
        var latest = new Dictionary<string, CompetencyAssessment>(StringComparer.Ordinal);
        foreach (var assessment in person.Assessments)
        {
            if (assessment.IsValidOn(asOf)
                && (!latest.TryGetValue(assessment.CompetencyId, out var current) || assessment.AssessedOn >= current.AssessedOn))
            {
                latest[assessment.CompetencyId] = assessment;
            }
        }

        return latest;
    }

    private RequirementGap Evaluate(CompetencyRequirement requirement, Dictionary<string, CompetencyAssessment> latest, double maxContribution)
    {
        var (requiredScale, requiredRank) = scales.Resolve(requirement.MinimumLevel);
        var bestStatus = RequirementStatus.Missing;
        double bestFulfilment = 0;
        string? bestCompetency = null;
        CompetencyAssessment? bestAssessment = null;
        int? bestLevelGap = null;
        double? bestPositionGap = null;
        foreach (var competencyId in requirement.CompetencyIds)
        {
            if (!latest.TryGetValue(competencyId, out var assessment))
            {
                continue;
            }

            var (heldScale, heldRank) = scales.Resolve(assessment.Level);
            var status = LevelRule.Evaluate(scales, requiredScale, requiredRank, heldScale, heldRank, out var fulfilment, out var levelGap, out var positionGap);
            if (bestCompetency is null || LevelRule.IsBetter(fulfilment, status, bestFulfilment, bestStatus))
            {
                (bestStatus, bestFulfilment, bestCompetency, bestAssessment) = (status, fulfilment, competencyId, assessment);
                var measured = status is RequirementStatus.Met or RequirementStatus.PartlyMet && requiredScale >= 0;
                bestLevelGap = measured ? levelGap : null;
                bestPositionGap = measured ? positionGap : null;
            }
        }

        var stale = bestAssessment is not null && bestAssessment.AssessedOn.Plus(options.StalenessPeriod) < asOf;
        return new RequirementGap(requirement, bestStatus, bestCompetency, bestAssessment, stale, bestLevelGap, bestPositionGap, bestFulfilment, maxContribution);
    }
}

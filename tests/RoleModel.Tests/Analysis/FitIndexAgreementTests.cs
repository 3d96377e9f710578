using FsCheck.Xunit;
using RoleModel.Analysis;

namespace RoleModel.Tests.Analysis;

/// <summary>The indexed path of <see cref="FitIndex"/> agrees with the detailed path of <see cref="FitAnalysis"/> on random catalogues.</summary>
public class FitIndexAgreementTests
{
    private static List<(string Id, double Score, bool Met)> Expected(IEnumerable<GapAnalysis> analyses, Func<GapAnalysis, string> id, bool requireAllEssential) =>
    [
        .. analyses
            .Where(a => a.AllEssentialMet || !requireAllEssential)
            .Select(a => (Id: id(a), a.Score, Met: a.AllEssentialMet))
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.Id, StringComparer.Ordinal),
    ];

    private static List<(string Id, double Score, bool Met)> Actual(IEnumerable<RankedFit> hits, Func<RankedFit, string> id) =>
        [.. hits.Select(h => (id(h), h.Score, h.AllEssentialMet))];

    [Property(MaxTest = 40)]
    public void RankPeople_RandomCatalogue_SameOrderScoresAndFlagsAsFitAnalysis(int seed, bool requireAllEssential)
    {
        var (catalogue, asOf) = RandomCatalogue.Create(seed);
        var index = new FitIndex(catalogue, asOf, RandomCatalogue.Options);
        foreach (var role in catalogue.Roles)
        {
            var analyses = catalogue.People.Select(p => FitAnalysis.Analyze(catalogue, role, p, asOf, RandomCatalogue.Options));

            Actual(index.RankPeople(role.Id, catalogue.People.Length, requireAllEssential), h => h.PersonId)
                .Should().Equal(Expected(analyses, a => a.PersonId, requireAllEssential));
        }
    }

    [Property(MaxTest = 40)]
    public void RankRoles_RandomCatalogue_SameOrderScoresAndFlagsAsFitAnalysis(int seed, bool requireAllEssential)
    {
        var (catalogue, asOf) = RandomCatalogue.Create(seed);
        var index = new FitIndex(catalogue, asOf, RandomCatalogue.Options);
        foreach (var person in catalogue.People)
        {
            var analyses = catalogue.Roles.Select(r => FitAnalysis.Analyze(catalogue, r, person, asOf, RandomCatalogue.Options));

            Actual(index.RankRoles(person.Id, catalogue.Roles.Length, requireAllEssential), h => h.RoleId)
                .Should().Equal(Expected(analyses, a => a.RoleId, requireAllEssential));
        }
    }

    [Property(MaxTest = 40)]
    public void RankPeople_FewerHitsThanPeople_PrefixOfTheFullRanking(int seed, byte count)
    {
        var (catalogue, asOf) = RandomCatalogue.Create(seed);
        var index = new FitIndex(catalogue, asOf, RandomCatalogue.Options);
        var k = 1 + (count % catalogue.People.Length);
        foreach (var role in catalogue.Roles)
        {
            index.RankPeople(role.Id, k).Should().Equal(index.RankPeople(role.Id, catalogue.People.Length).Take(k));
        }
    }

    [Property(MaxTest = 20)]
    public void Coverage_RandomCatalogue_RequirementMetByThoseWhoseGapIsMet(int seed)
    {
        var (catalogue, asOf) = RandomCatalogue.Create(seed);
        var index = new FitIndex(catalogue, asOf, RandomCatalogue.Options);

        var report = index.Coverage(catalogue.Roles.Select(r => r.Id), catalogue.People.Select(p => p.Id));

        var expected = catalogue.Roles.SelectMany(role =>
        {
            var analyses = catalogue.People.Select(p => FitAnalysis.Analyze(catalogue, role, p, asOf, RandomCatalogue.Options)).ToList();
            return analyses.Count == 0 ? [] : analyses[0].Requirements.Select((gap, q) =>
                $"{role.Id}/{gap.Requirement.Id}={string.Join(",", analyses.Where(a => a.Requirements[q].Status == RequirementStatus.Met).Select(a => a.PersonId))}");
        });
        report.Requirements.Select(r => $"{r.RoleId}/{r.Requirement.Id}={string.Join(",", r.PersonIds)}").Should().Equal(expected);
        report.Roles.Select(r => r.Strength).Should().Equal(catalogue.Roles.Select(role =>
            catalogue.People.Count(p => FitAnalysis.Analyze(catalogue, role, p, asOf, RandomCatalogue.Options).AllEssentialMet)));
    }
}

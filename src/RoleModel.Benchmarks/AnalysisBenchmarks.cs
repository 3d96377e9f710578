using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RoleModel.Analysis;

namespace RoleModel.Benchmarks;

/// <summary>
/// Ranking on an ESCO-sized catalogue (see <see cref="EscoLikeData"/>): all 3,007 roles for one person with
/// 50 assessments, and 100,000 people for one role; RoleModel's <see cref="FitIndex"/> side by side with the
/// LINQ implementation a user would write by hand (<see cref="LinqFit"/>, the baseline); and the cost of
/// building the index once.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AnalysisBenchmarks
{
    private const int Hits = 10;
    private Catalogue catalogue = Catalogue.Empty;
    private FitIndex index = null!;
    private Person person = null!;
    private Role role = null!;

    /// <summary>False: requirements without levels, like ESCO; true: every requirement names a level of a 0..7 scale.</summary>
    [Params(false, true)]
    public bool WithLevels { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = new EscoLikeData(WithLevels);
        catalogue = data.CreateCatalogue(data.CreatePeople(100_000, 50));
        index = new FitIndex(catalogue, EscoLikeData.AsOf);
        person = catalogue.People[0];
        role = catalogue.Roles.First(r => r.Requirements.Length == 41);
        Check(index.RankRoles(person, Hits).Select(h => (h.RoleId, h.Score)), RankRolesLinq());
        Check(index.RankPeople(role.Id, Hits).Select(h => (h.PersonId, h.Score)), RankPeopleLinq());
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("RankRoles")]
    public List<(string Id, double Score)> RankRolesLinq() => LinqFit.RankRoles(catalogue, person, EscoLikeData.AsOf, Hits);

    [Benchmark]
    [BenchmarkCategory("RankRoles")]
    public int RankRolesIndex() => index.RankRoles(person, Hits).Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("RankPeople")]
    public List<(string Id, double Score)> RankPeopleLinq() => LinqFit.RankPeople(catalogue, role, EscoLikeData.AsOf, Hits);

    [Benchmark]
    [BenchmarkCategory("RankPeople")]
    public int RankPeopleIndex() => index.RankPeople(role.Id, Hits).Length;

    /// <summary>The one-off cost of compiling the catalogue (3,007 roles, 100,000 people) for a day.</summary>
    [Benchmark]
    [BenchmarkCategory("BuildIndex")]
    public FitIndex BuildIndex() => new(catalogue, EscoLikeData.AsOf);

    /// <summary>Both implementations must agree before anything is timed.</summary>
    private static void Check(IEnumerable<(string Id, double Score)> fast, List<(string Id, double Score)> linq)
    {
        var hits = fast.ToList();
        if (hits.Count != linq.Count || hits.Zip(linq).Any(p => p.First.Id != p.Second.Id || Math.Abs(p.First.Score - p.Second.Score) > 1e-9))
        {
            throw new InvalidOperationException("The index and the LINQ implementation disagree on the ranking.");
        }
    }
}

using NodaTime;
using RoleModel.History;

namespace RoleModel.Discovery.Tests;

public sealed class DiscoveryCorpusTests
{
    private static readonly Instant Recorded = Instant.FromUtc(2025, 1, 1, 0, 0);

    [Fact]
    public void FromCatalogue_TakesTheLastRecordedVersionOfEachTaskAndSplitsActivitiesFromCompetencies()
    {
        var framework = new CompetencyFramework("f", LocalizedText.Of("en", "F"), competencies:
        [
            new Competency("skill", CompetencyKind.Skill, LocalizedText.Of("en", "A skill")),
            new Competency("act", CompetencyKind.FromCode("activity"), LocalizedText.Of("en", "An activity")),
        ]);
        var role = new Role("r", LocalizedText.Of("en", "Role"), requirements: [new CompetencyRequirement("skill")]);
        var first = new RoleTask("t", LocalizedText.Of("en", "Old title"), 10m);
        var second = new RoleTask("t", LocalizedText.Of("en", "New title"), 10m, uses: [new CompetencyUse("skill"), new CompetencyUse("act")]);
        var day = new LocalDate(2025, 1, 1);
        var history = new RoleHistory(role,
        [
            RoleChange.AddTask("c1", day, Recorded, "hr", first),
            RoleChange.ChangeTask("c2", day, Recorded, "hr", second),
            RoleChange.AddTask("c3", day, Recorded, "hr", new RoleTask("p", LocalizedText.Of("en", "Proposed"), 5m), isProposal: true),
        ]);

        var corpus = DiscoveryCorpus.FromCatalogue(new Catalogue([framework], [role], histories: [history]));

        var task = corpus.Tasks.Should().ContainSingle("a proposal is not a task yet").Which;
        task.Text.Should().Be("New title");
        task.ActivityIds.Should().Equal("act");
        task.CompetencyIds.Should().Equal("skill");
        corpus.Activities.Select(a => a.Id).Should().Equal("act");
        corpus.RoleRequirements["r"].Should().Equal("skill");
        corpus.CompetencyNames["skill"].Entries.Single().Value.Should().Be("A skill");
    }

    [Fact]
    public void Constructors_BadArguments_Throw()
    {
        FluentActions.Invoking(() => new DiscoveryTask("r", "t", LocalizedText.Empty)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DiscoveryTask(" ", "t", LocalizedText.Of("en", "x"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DiscoveryCorpus([null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DiscoveryCorpus.FromCatalogue(null!)).Should().Throw<ArgumentNullException>();
    }
}

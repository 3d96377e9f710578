using RoleModel.Evolution;
using RoleModel.History;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TemplateEvolutionTests
{
    private static readonly CompetencyFramework Framework = new("muni", LocalizedText.Of("en", "Municipal"),
        competencies: new[] { "strategy", "files", "data", "scouting", "people" }.Select(id => new Competency(id, CompetencyKind.Skill, LocalizedText.Of("en", $"Name of {id}"))));

    private static RoleTask Strategy(string wording = "Digital strategy") => Task("strategy", wording, "Digitalstrategie", 30, TaskOrigin.Inherited, "strategy");

    private static RoleTask Files => Task("e-file", "Introduce electronic files", "Elektronische Akte einführen", 20, TaskOrigin.Inherited, "files");

    private static RoleTask Pilot(string id, string en, string de, TaskOrigin origin = TaskOrigin.SelfInitiated) => Task(id, en, de, 15, origin, "data", "scouting");

    private static Catalogue Catalogue(bool templateHistory = true, params RoleHistory[] towns)
    {
        var template = Role("model", null, new CompetencyRequirement("strategy"), new CompetencyRequirement("files"));
        var histories = towns.ToList();
        if (templateHistory)
        {
            histories.Add(Log(template, Add("m1", Day(2020), Strategy("Develop the digital strategy")), Add("m2", Day(2020), Files)));
        }

        return new Catalogue([Framework], [template, .. towns.Select(t => Role(t.RoleId, "model")), Role("other")], histories: histories);
    }

    private static RoleHistory[] ThreeTowns() =>
    [
        Log("town-a", Add("a1", Day(2020), Strategy()), Add("a2", Day(2020), Files), Retire("a3", Day(2023), "e-file"),
            Add("a4", Day(2024), Pilot("ai-pilot", "Pilot: AI assistance for case workers", "Pilot: KI-Assistenz für die Sachbearbeitung"))),
        Log("town-b", Add("b1", Day(2021), Strategy("Digital strategy of the town")), Add("b2", Day(2021), Files), Retire("b3", Day(2024), "e-file"),
            Add("b4", Day(2024, 6), Pilot("ki", "AI pilot for case handling", "KI-Pilot für die Sachbearbeitung", TaskOrigin.Assigned))),
        Log("town-c", Add("c1", Day(2021), Strategy()), Add("c2", Day(2021), Files), Retire("c3", Day(2025), "e-file"),
            Add("c4", Day(2025, 3), Pilot("ai", "AI assistant for case workers", "KI-Assistent für die Sachbearbeitung"), proposal: true)),
    ];

    private static TemplateEvolutionReport Propose(Catalogue catalogue) => TemplateEvolution.Propose(catalogue, "model", Now, Day(2026));

    [Fact]
    public void Propose_WorkMostDerivedRolesTookOn_IsProposedWithItsEvidence()
    {
        var report = Propose(Catalogue(true, ThreeTowns()));

        report.DerivedRoleIds.Should().Equal("town-a", "town-b", "town-c");
        var add = report.Proposals.Single(p => p.Kind == TemplateProposalKind.AddTask);
        add.Subject.Should().Be("town-a/ai-pilot");
        add.Since.Should().Be(Day(2024));
        add.Evidence.Select(e => e.ToString()).Should().Equal("town-a: ai-pilot since 2024-01-01", "town-b: ki since 2024-06-01");
    }

    [Fact]
    public void Propose_AmongSomeRoles_CountsOnlyThoseAsDerived()
    {
        var catalogue = Catalogue(true, ThreeTowns());

        var report = TemplateEvolution.Propose(catalogue, "model", catalogue.Roles.Where(r => r.Id != "town-c"), Now, Day(2026));

        report.DerivedRoleIds.Should().Equal("town-a", "town-b");
        var all = TemplateEvolution.Propose(catalogue, "model", catalogue.Roles, Now, Day(2026));
        all.DerivedRoleIds.Should().Equal(Propose(catalogue).DerivedRoleIds);
        all.Proposals.Select(p => p.ToString()).Should().Equal(Propose(catalogue).Proposals.Select(p => p.ToString()));
    }

    [Fact]
    public void Propose_AmongSomeRoles_ChecksTheRoles()
    {
        var catalogue = Catalogue(true, ThreeTowns());

        FluentActions.Invoking(() => TemplateEvolution.Propose(catalogue, "model", null!, Now, Day(2026))).Should().Throw<ArgumentNullException>().WithParameterName("roles");
        FluentActions.Invoking(() => TemplateEvolution.Propose(catalogue, "model", [null!], Now, Day(2026))).Should().Throw<ArgumentException>().WithParameterName("roles");
    }

    [Fact]
    public void Propose_WorkDerivedRolesTookOn_IsLabelledWithTheTitleOfTheTaskItsSubjectNames()
    {
        var report = Propose(Catalogue(true, ThreeTowns()));

        var add = report.Proposals.Single(p => p.Kind == TemplateProposalKind.AddTask);
        add.Subject.Should().Be("town-a/ai-pilot");
        add.Label.Get(System.Globalization.CultureInfo.GetCultureInfo("de")).Should().Be("Pilot: KI-Assistenz für die Sachbearbeitung");
    }

    [Fact]
    public void Propose_PatternKeyOfARoleOutsideTheFamily_IsLabelledWithThatTasksOwnTitle()
    {
        var other = Log("other", Add("o1", Day(2019), Pilot("assist", "AI assistance pilot for case workers", "KI-Assistenz-Pilot für die Sachbearbeitung")));

        var family = Catalogue(true, ThreeTowns());
        var report = Propose(new Catalogue(family.Frameworks, family.Roles, histories: [.. family.Histories, other]));

        var add = report.Proposals.Single(p => p.Kind == TemplateProposalKind.AddTask);
        add.Subject.Should().Be("other/assist", "the key of a pattern is its earliest task, over every history");
        add.Label.Get(System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Be("AI assistance pilot for case workers", "the label is the title of the task the subject names, not that of another role's task");
        add.Evidence.Select(e => e.RoleId).Should().Equal("town-a", "town-b");
    }

    [Fact]
    public void Propose_CompetencyMostDerivedRolesUseButTheTemplateDoesNotRequire_IsProposed()
    {
        var report = Propose(Catalogue(true, ThreeTowns()));

        var additions = report.Proposals.Where(p => p.Kind == TemplateProposalKind.AddRequirement).ToList();
        additions.Select(p => p.Subject).Should().Equal("data", "scouting");
        additions[0].Label.Should().Be(LocalizedText.Of("en", "Name of data"));
        additions[0].Evidence.Select(e => e.RoleId).Should().Equal("town-a", "town-b");
    }

    [Fact]
    public void Propose_TemplateWorkNoDerivedRoleHasAnyMore_IsProposedForRetirementWithItsRequirement()
    {
        var report = Propose(Catalogue(true, ThreeTowns()));

        var retire = report.Proposals.Single(p => p.Kind == TemplateProposalKind.RetireTask);
        retire.Subject.Should().Be("e-file");
        retire.Since.Should().Be(Day(2025), "the last town retired it on 2025-01-01");
        retire.Evidence.Select(e => e.Until).Should().Equal(Day(2023), Day(2024), Day(2025));
        var remove = report.Proposals.Single(p => p.Kind == TemplateProposalKind.RemoveRequirement);
        remove.Subject.Should().Be("files");
        remove.Since.Should().Be(Day(2025));
    }

    [Fact]
    public void Propose_WorkTheTemplateHas_IsNotProposed()
    {
        var report = Propose(Catalogue(true, ThreeTowns()));

        report.Proposals.Should().NotContain(p => p.Subject.EndsWith("strategy", StringComparison.Ordinal));
        report.Proposals.Select(p => p.Kind).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Propose_BeforeTheWorkSpread_ProposesNoAddition()
    {
        var report = TemplateEvolution.Propose(Catalogue(true, ThreeTowns()), "model", Now, Day(2024, 3));

        report.Proposals.Should().NotContain(p => p.Kind == TemplateProposalKind.AddTask);
        report.Proposals.Should().NotContain(p => p.Kind == TemplateProposalKind.RetireTask, "two towns still had electronic files then");
    }

    [Fact]
    public void Propose_TemplateWithoutHistory_ProposesTheCommonWorkAsTasks()
    {
        var report = Propose(Catalogue(false, ThreeTowns()));

        report.Proposals.Where(p => p.Kind == TemplateProposalKind.AddTask).Select(p => p.Subject).Should().Equal("town-a/strategy", "town-a/ai-pilot");
        report.Proposals.Should().NotContain(p => p.Kind == TemplateProposalKind.RetireTask);
    }

    [Fact]
    public void Propose_NoDerivedRoles_ProposesNothing()
    {
        var report = TemplateEvolution.Propose(Catalogue(true, ThreeTowns()), "other", Now, Day(2026));

        report.DerivedRoleIds.Should().BeEmpty();
        report.Proposals.Should().BeEmpty();
    }

    [Fact]
    public void Propose_BadArguments_Throw()
    {
        var unknown = () => TemplateEvolution.Propose(Catalogue(true), "mayor", Now, Day(2026));
        var nulls = () => TemplateEvolution.Propose(null!, "model", Now, Day(2026));

        unknown.Should().Throw<ArgumentException>().WithMessage("*no role 'mayor'*");
        nulls.Should().Throw<ArgumentNullException>();
    }
}

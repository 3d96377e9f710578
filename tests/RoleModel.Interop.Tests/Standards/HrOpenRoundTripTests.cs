using NodaTime;
using RoleModel.History;
using RoleModel.Interop.HrOpen;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>The property: any role exported to HR Open and imported again gives back the same role, requirements
/// and tasks, up to what the shape cannot carry (weights in a JobDescription; shares, openness and history always).</summary>
public sealed class HrOpenRoundTripTests
{
    private static readonly LocalDate Day = new(2026, 1, 1);

    [Theory]
    [InlineData(HrOpenShape.JobDescription)]
    [InlineData(HrOpenShape.PositionOpening)]
    public void ExportThenImport_RandomRoles_GiveBackTheSameRoleRequirementsAndTasks(HrOpenShape shape)
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var catalogue = RandomCatalogue(new Random(seed));
            var export = HrOpenExporter.Export(catalogue, "role", new RoleExportOptions(Day, Instant.FromUtc(2026, 6, 1, 0, 0)), shape);
            var imported = HrOpenImporter.Import(export.Utf8Json, "r.json", new HrOpenImportOptions(Day));

            imported.Problems.Should().BeEmpty($"seed {seed}");
            var original = catalogue.Roles[0];
            var role = imported.Catalogue!.Roles[0];
            role.Id.Should().Be(original.Id);
            role.Title.Should().Be(original.Title);
            role.Purpose.Should().Be(original.Purpose);
            role.Outcomes.Should().Equal(original.Outcomes);
            role.Areas.Select(a => (a.Id, a.Name)).Should().Equal(original.Areas.Select(a => (a.Id, a.Name)));
            role.Requirements.Select(r => (r.Id, r.MinimumLevel, r.Importance, shape == HrOpenShape.PositionOpening ? r.Weight : 1.0))
                .Should().Equal(original.Requirements.Select(r => (r.Id, r.MinimumLevel, r.Importance, shape == HrOpenShape.PositionOpening ? r.Weight : 1.0)), $"seed {seed}");
            var tasks = imported.Catalogue.Histories.SingleOrDefault()?.BaselineTasks ?? [];
            tasks.Select(t => (t.Id, t.Title, t.Description)).Should().Equal(catalogue.Histories[0].BaselineTasks.Select(t => (t.Id, t.Title, t.Description)), $"seed {seed}");
            // ESCO competencies are defined by the imported ESCO document, which this in-memory check does not compose.
            imported.Catalogue.Validate().Errors.Select(p => p.Message).Where(m => !m.Contains("'http://data.europa.eu/esco/", StringComparison.Ordinal))
                .Should().BeEmpty($"seed {seed}");
        }
    }

    private static Catalogue RandomCatalogue(Random random)
    {
        string Word() => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => "abcdefghij"[random.Next(10)] + "xyzüé-ß"[random.Next(7)].ToString()));
        LocalizedText Text() => LocalizedText.Of("en", Word() + " " + Word() + (random.Next(4) == 0 ? " \"quoted\" <b>" : string.Empty));
        var scale = ProficiencyScale.CreateNoviceToExpert();
        var competencies = Enumerable.Range(0, random.Next(0, 8))
            .Select(i => random.Next(3) == 0 ? $"http://data.europa.eu/esco/skill/{i}-{Word()}" : $"c{i}-{Word()}").ToList();
        var locals = competencies.Where(c => !c.StartsWith("http", StringComparison.Ordinal)).Select(c => new Competency(c, CompetencyKind.Skill, Text()));
        var requirements = competencies.Select(c => new CompetencyRequirement(c,
            random.Next(2) == 0 ? null : new LevelReference(scale.Id, scale.Levels[random.Next(scale.Levels.Length)].Code),
            random.Next(2) == 0 ? RequirementImportance.Essential : RequirementImportance.Optional,
            random.Next(1, 8) / 2.0));
        var areas = Enumerable.Range(0, random.Next(0, 4)).Select(i => new ResponsibilityArea($"area-{i}", Text()));
        var role = new Role("role", Text(), purpose: random.Next(3) == 0 ? null : Text(),
            outcomes: Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text()), requirements: requirements, areas: areas);
        var tasks = Enumerable.Range(0, random.Next(1, 6)).Select(i => new RoleTask($"t{i}", Text(), random.Next(0, 20), description: random.Next(2) == 0 ? null : Text()));
        return new Catalogue([new CompetencyFramework("fw", LocalizedText.Of("en", "Framework"), [scale], locals)], [role],
            histories: [new RoleHistory(role, baselineTasks: tasks, baselineTasksFrom: Day)]);
    }
}

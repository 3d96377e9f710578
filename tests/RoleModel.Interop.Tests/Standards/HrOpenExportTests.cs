using System.Text.Json;
using RoleModel.Interop.HrOpen;
using RoleModel.Interop.Standards;
using RoleModel.Interop.Tests.Esco;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>HR Open export, checked against the official draft-04 schemas: valid, and every member declared.</summary>
public sealed class HrOpenExportTests
{
    internal static readonly HrOpenShape[] Shapes = [HrOpenShape.JobDescription, HrOpenShape.PositionOpening];

    internal static string SchemaOf(HrOpenShape shape) => shape == HrOpenShape.JobDescription ? HrOpenSchema.JobDescription : HrOpenSchema.PositionOpening;

    [DataFact("hropen")]
    public void Export_EveryMunicipalRole_IsValidAndDeclaresEveryMember()
    {
        foreach (var (role, shape) in Samples.Municipal.Roles.SelectMany(r => Shapes.Select(s => (r, s))))
        {
            var export = HrOpenExporter.Export(Samples.Municipal, role.Id, Samples.On2026, shape);

            HrOpenSchema.Errors(SchemaOf(shape), export.Utf8Json).Should().BeEmpty(role.Id);
            HrOpenSchema.Undeclared(SchemaOf(shape), export.Utf8Json).Should().BeEmpty(role.Id);
        }
    }

    [Fact]
    public void Export_Cdo_WritesTitleTasksOfTheDayAndCompetenciesWithImportanceAndLevel()
    {
        var export = HrOpenExporter.Export(Samples.Municipal, "cdo", Samples.On2026);
        using var json = JsonDocument.Parse(export.Utf8Json);
        var root = json.RootElement;

        root.GetProperty("title").GetString().Should().Be("Chief Digital Officer (CDO)");
        root.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("termCode").GetString())
            .Should().Equal(Samples.Municipal.FindHistory("cdo")!.AsKnownAt(Samples.On2026.KnownAt).ProjectOn(Samples.On2026.AsOf).Tasks.Tasks.Where(t => t.IsActive).Select(t => t.Id));
        var strategy = root.GetProperty("competencies").EnumerateArray().Single(c => c.GetProperty("termCode").GetString() == "digital-strategy");
        strategy.GetProperty("annotation").GetProperty("required").GetBoolean().Should().BeTrue();
        strategy.GetProperty("annotation").GetProperty("scaleCategory").GetProperty("termCode").GetString().Should().Be("e-4");
        var optional = root.GetProperty("competencies").EnumerateArray().Single(c => c.GetProperty("termCode").GetString() == "data-governance");
        optional.GetProperty("annotation").GetProperty("preferred").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Export_Cdo_SaysOnceWhatAJobDescriptionCannotCarry()
    {
        var export = HrOpenExporter.Export(Samples.Municipal, "cdo", Samples.On2026);

        export.Losses.Select(l => l.Aspect).Should().OnlyHaveUniqueItems();
        export.Losses.Should().Contain(new ExportLoss(LostAspect.TaskShares, 5))
            .And.Contain(new ExportLoss(LostAspect.Openness, 1))
            .And.Contain(new ExportLoss(LostAspect.Weights, 2))
            .And.Contain(l => l.Aspect == LostAspect.History);
    }

    [Fact]
    public void Export_PositionOpening_CarriesWeightsAndTheScaleOfEachLevel()
    {
        var export = HrOpenExporter.Export(Samples.Municipal, "cdo", Samples.On2026, HrOpenShape.PositionOpening);
        using var json = JsonDocument.Parse(export.Utf8Json);
        var competencies = json.RootElement.GetProperty("positionProfiles")[0].GetProperty("positionQualifications")[0].GetProperty("positionCompetencies");
        var strategy = competencies.EnumerateArray().Single(c => c.GetProperty("competencyIds")[0].GetProperty("value").GetString() == "digital-strategy");

        strategy.GetProperty("weight").GetProperty("value").GetDouble().Should().Be(2);
        var score = strategy.GetProperty("requiredProficiencyLevel").GetProperty("scoresText")[0];
        score.GetProperty("value").GetString().Should().Be("e-4");
        score.GetProperty("scoreTextCode").GetString().Should().Be("e-cf");
        export.Losses.Should().NotContain(l => l.Aspect == LostAspect.Weights);
    }

    [Fact]
    public void Export_UnknownRole_IsAnArgumentError()
    {
        var act = () => HrOpenExporter.Export(Samples.Municipal, "no-such-role", Samples.On2026);

        act.Should().Throw<ArgumentException>().WithMessage("*no-such-role*");
    }
}

/// <summary>The HR Open export of every ESCO v1.1.1 occupation, both shapes, against the official schemas.</summary>
[Collection(EscoRelease.Name)]
public sealed class HrOpenEscoTests(EscoFixture esco)
{
    [DataFact("esco", "v1.1.1")]
    public void Export_EveryEscoOccupation_IsValidAndDeclaresEveryMember()
    {
        var catalogue = esco.Result.Catalogue!;
        catalogue.Roles.Should().HaveCount(3007);
        foreach (var shape in HrOpenExportTests.Shapes)
        {
            var failures = catalogue.Roles.Select(role => (role.Id, Export: HrOpenExporter.Export(catalogue, role.Id, Samples.On2026, shape)))
                .SelectMany(r => HrOpenSchema.Errors(HrOpenExportTests.SchemaOf(shape), r.Export.Utf8Json).Concat(HrOpenSchema.Undeclared(HrOpenExportTests.SchemaOf(shape), r.Export.Utf8Json)).Select(e => $"{r.Id}: {e}"))
                .Take(10).ToList();

            failures.Should().BeEmpty(shape.ToString());
        }
    }
}


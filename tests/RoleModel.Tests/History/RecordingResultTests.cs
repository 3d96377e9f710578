using NodaTime;
using RoleModel.History;
using RoleModel.Serialization;
using RoleModel.Tests.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.History;

/// <summary><see cref="Catalogue.Record"/> and its result: changes recorded with the checks of the tool's <c>append</c>, or refused with located problems.</summary>
public sealed class RecordingResultTests
{
    private static readonly Instant Recorded = Instant.FromUtc(2026, 1, 20, 9, 0);

    private static Catalogue Sample() => RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "municipal.json"))).Catalogue!;

    private static RoleTask Radar(Catalogue catalogue) =>
        catalogue.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue).ProjectOn(new LocalDate(2026, 2, 1)).Tasks.Find("innovation-radar")!;

    [Fact]
    public void Record_AValidChange_AppendsItAndKeepsEveryOtherMember()
    {
        var sample = Sample();
        var change = RoleChange.ChangeTask("cdo-18", new LocalDate(2026, 2, 1), Recorded, "cdo-holder", Radar(sample).WithShare(5));

        var result = sample.Record("cdo", [change]);

        result.IsRecorded.Should().BeTrue();
        result.Report.IsValid.Should().BeTrue();
        result.Catalogue.FindHistory("cdo")!.Changes.Should().Equal(sample.FindHistory("cdo")!.Changes.Add(change));
        result.Catalogue.Should().Be(sample.WithHistories(sample.Histories.Select(h => h.RoleId == "cdo" ? h.Append(change) : h)));
        result.Catalogue.Lineage.Should().Equal(sample.Lineage).And.NotBeEmpty();
    }

    [Fact]
    public void Record_ARoleWithoutHistory_StartsOneFromTheRole()
    {
        var sample = Sample();
        var role = sample.Roles.First(r => sample.FindHistory(r.Id) is null);
        var change = RoleChange.AddTask("first", new LocalDate(2026, 2, 1), Recorded, "hr-office", new RoleTask("intake", LocalizedText.Of("en", "Intake"), 10));

        var result = sample.Record(role.Id, [change]);

        result.IsRecorded.Should().BeTrue(result.ToString());
        result.Catalogue.Histories.Should().HaveCount(sample.Histories.Length + 1);
        result.Catalogue.FindHistory(role.Id)!.Baseline.Should().Be(role);
    }

    [Fact]
    public void Record_AChangeThatTakesTheRoleAbove100Percent_IsRefusedWithALocatedProblem()
    {
        var sample = Sample();
        var change = RoleChange.ChangeTask("cdo-18", new LocalDate(2026, 2, 1), Recorded, "cdo-holder", Radar(sample).WithShare(60));

        var result = sample.Record("cdo", [change]);

        result.IsRecorded.Should().BeFalse();
        result.Catalogue.Should().BeSameAs(sample);
        var index = sample.Histories.IndexOf(sample.FindHistory("cdo")!);
        result.Report.Errors.Should().Contain(p => p.Code == ProblemCodes.TaskSharesExceedTotal && p.Path.StartsWith($"$.histories[{index}]", StringComparison.Ordinal));
        result.ToString().Should().StartWith("refused:");
    }

    [Fact]
    public void Record_ChecksItsArguments()
    {
        var sample = Sample();
        var change = RoleChange.RetireTask("cdo-18", new LocalDate(2026, 2, 1), Recorded, "cdo-holder", "innovation-radar");

        sample.Invoking(c => c.Record(null!, [change])).Should().Throw<ArgumentNullException>();
        sample.Invoking(c => c.Record("cdo", null!)).Should().Throw<ArgumentNullException>();
        sample.Invoking(c => c.Record("cdo", [null!])).Should().Throw<ArgumentException>();
        sample.Invoking(c => c.Record("cdo", [])).Should().Throw<ArgumentException>().WithMessage("There is no change to record.*");
        sample.Invoking(c => c.Record("nobody", [change])).Should().Throw<ArgumentException>().WithMessage("The catalogue has no role 'nobody'*");
        sample.Invoking(c => c.Record("cdo", [RoleChange.RetireTask("cdo-01", new LocalDate(2026, 2, 1), Recorded, "x", "innovation-radar")]))
            .Should().Throw<ArgumentException>().WithMessage("*'cdo-01'*twice*");
    }

    [Fact]
    public void Equality_IsByOutcomeCatalogueAndReport()
    {
        var sample = Sample();
        var change = RoleChange.RetireTask("cdo-18", new LocalDate(2026, 2, 1), Recorded, "cdo-holder", "innovation-radar");

        sample.Record("cdo", [change]).Should().Be(sample.Record("cdo", [change]));
        sample.Record("cdo", [change]).GetHashCode().Should().Be(sample.Record("cdo", [change]).GetHashCode());
        sample.Record("cdo", [change]).Should().NotBe(sample.Record("cdo", [RoleChange.ChangeTask("cdo-18", new LocalDate(2026, 2, 1), Recorded, "x", Radar(sample).WithShare(60))]));
    }
}

using NodaTime;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class RoleLineageTests
{
    private static readonly LocalDate Day = new(2023, 9, 1);

    [Fact]
    public void Constructor_Values_AreKept()
    {
        var lineage = new RoleLineage("data-officer", RoleLineageKind.CreatedFrom, "cdo", Day, ["open-data-portal"], "The data work grew.");

        lineage.RoleId.Should().Be("data-officer");
        lineage.Kind.Should().Be(RoleLineageKind.CreatedFrom);
        lineage.SourceRoleId.Should().Be("cdo");
        lineage.EffectiveOn.Should().Be(Day);
        lineage.TaskIds.Should().Equal("open-data-portal");
        lineage.Reason.Should().Be("The data work grew.");
        lineage.Extensions.Should().Be(ExtensionData.Empty);
        lineage.ToString().Should().Be("data-officer createdFrom cdo on 2023-09-01");
    }

    [Fact]
    public void Constructor_Defaults_AreEmpty()
    {
        var lineage = new RoleLineage("a", RoleLineageKind.MergedFrom, "b", Day);

        lineage.TaskIds.Should().BeEmpty();
        lineage.Reason.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_SelfLineage_Throws()
    {
        var act = () => new RoleLineage("cdo", RoleLineageKind.SplitFrom, "cdo", Day);

        act.Should().Throw<ArgumentException>().WithMessage("A role cannot descend from itself ('cdo').*");
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        var blank = () => new RoleLineage(" ", RoleLineageKind.CreatedFrom, "cdo", Day);
        var nullSource = () => new RoleLineage("a", RoleLineageKind.CreatedFrom, null!, Day);
        var kind = () => new RoleLineage("a", (RoleLineageKind)7, "b", Day);
        var twice = () => new RoleLineage("a", RoleLineageKind.CreatedFrom, "b", Day, ["t", "t"]);

        blank.Should().Throw<ArgumentException>();
        nullSource.Should().Throw<ArgumentNullException>();
        kind.Should().Throw<ArgumentOutOfRangeException>();
        twice.Should().Throw<ArgumentException>().WithMessage("*'t' twice*");
    }

    [Fact]
    public void Equals_FollowsTheContract()
    {
        var lineage = new RoleLineage("a", RoleLineageKind.CreatedFrom, "b", Day, ["t"], "why");

        lineage.Should().Be(new RoleLineage("a", RoleLineageKind.CreatedFrom, "b", Day, ["t"], "why"));
        lineage.GetHashCode().Should().Be(new RoleLineage("a", RoleLineageKind.CreatedFrom, "b", Day, ["t"], "why").GetHashCode());
        lineage.Should().NotBe(new RoleLineage("a", RoleLineageKind.SplitFrom, "b", Day, ["t"], "why"));
        lineage.Should().NotBe(new RoleLineage("a", RoleLineageKind.CreatedFrom, "b", Day.PlusDays(1), ["t"], "why"));
        lineage.Should().NotBe(new RoleLineage("a", RoleLineageKind.CreatedFrom, "b", Day, [], "why"));
        lineage.Should().NotBe(new RoleLineage("a", RoleLineageKind.CreatedFrom, "b", Day, ["t"], "why", Make.Extensions("x-note")));
    }
}

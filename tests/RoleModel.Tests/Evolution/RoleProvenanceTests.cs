using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class RoleProvenanceTests
{
    [Fact]
    public void Ancestry_AndDescendants_AreOrderedByDay()
    {
        RoleLineage[] lineage =
        [
            new("b", RoleLineageKind.MergedFrom, "c", Day(2025)),
            new("b", RoleLineageKind.SplitFrom, "a", Day(2022)),
            new("d", RoleLineageKind.CreatedFrom, "b", Day(2026)),
        ];
        var catalogue = new Catalogue(roles: [Role("a"), Role("b"), Role("c"), Role("d")], lineage: lineage);

        var provenance = TaskSources.Trace(catalogue, "b", Now);

        provenance.Ancestry.Should().Equal(lineage[1], lineage[0]);
        provenance.Descendants.Should().Equal(lineage[2]);
    }
}

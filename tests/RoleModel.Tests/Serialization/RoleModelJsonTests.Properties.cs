using FsCheck.Xunit;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    /// <summary>One property for both round trips (each generated catalogue written and read once, indented and compact),
    /// since generating and writing the catalogues is most of its time.</summary>
    [Property(MaxTest = 1000, Arbitrary = [typeof(CatalogueGenerators)])]
    public void Read_AfterWrite_GivesTheSameCatalogue_AndWritesTheSameBytes(Catalogue catalogue)
    {
        var indented = RoleModelJson.WriteToUtf8Bytes(catalogue);
        var compact = RoleModelJson.WriteToUtf8Bytes(catalogue, indented: false);
        var fromIndented = RoleModelJson.Read(indented);
        var fromCompact = RoleModelJson.Read(compact);

        fromIndented.Catalogue.Should().Be(catalogue, "{0}", fromIndented.Report);
        fromCompact.Catalogue.Should().Be(catalogue, "{0}", fromCompact.Report);
        RoleModelJson.WriteToUtf8Bytes(fromIndented.Catalogue!).Should().Equal(indented);
        RoleModelJson.WriteToUtf8Bytes(fromCompact.Catalogue!, indented: false).Should().Equal(compact);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(CatalogueGenerators)])]
    public void Write_AnyCatalogue_PassesTheSchema(Catalogue catalogue) =>
        SchemaCheck.Errors(RoleModelJson.WriteToString(catalogue)).Should().BeEmpty();

    [Fact]
    public void CatalogueGenerator_ProducesHistoriesWithEveryKindOfChange()
    {
        var catalogues = FsCheck.Fluent.Gen.Sample(CatalogueGenerators.CatalogueGen, numberOfSamples: 300, size: 20);

        catalogues.SelectMany(c => c.Histories).SelectMany(h => h.Changes).Select(c => c.Kind).Distinct()
            .Should().BeEquivalentTo(Enum.GetValues<RoleModel.History.RoleChangeKind>(), "the round-trip properties must cover every kind of change");
    }
}

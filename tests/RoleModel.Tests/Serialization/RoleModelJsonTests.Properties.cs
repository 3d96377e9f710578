using FsCheck.Xunit;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(CatalogueGenerators)])]
    public void Read_AfterWrite_GivesTheSameCatalogue(Catalogue catalogue)
    {
        var result = RoleModelJson.Read(RoleModelJson.WriteToUtf8Bytes(catalogue));

        result.Catalogue.Should().Be(catalogue, "{0}", result.Report);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(CatalogueGenerators)])]
    public void Write_AfterReadAfterWrite_GivesTheSameBytes(Catalogue catalogue)
    {
        var indented = RoleModelJson.WriteToUtf8Bytes(catalogue);
        var compact = RoleModelJson.WriteToUtf8Bytes(catalogue, indented: false);

        RoleModelJson.WriteToUtf8Bytes(RoleModelJson.Read(indented).Catalogue!).Should().Equal(indented);
        RoleModelJson.WriteToUtf8Bytes(RoleModelJson.Read(compact).Catalogue!, indented: false).Should().Equal(compact);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(CatalogueGenerators)])]
    public void Write_AnyCatalogue_PassesTheSchema(Catalogue catalogue) =>
        SchemaCheck.Errors(RoleModelJson.WriteToString(catalogue)).Should().BeEmpty();
}

using RoleModel.Serialization;

namespace RoleModel.Interop.Tests.Onet;

/// <summary>The O*NET 29.3 catalogue written as RoleModel JSON and read back.</summary>
public sealed class OnetRoundTripTests(OnetFixture fixture) : IClassFixture<OnetFixture>
{
    [DataFact("onet", "29.3", "tsv")]
    public void Import_WrittenAsJsonAndRead_GivesAnEqualCatalogueWithoutProblems()
    {
        var catalogue = fixture.Result.Catalogue!;

        var read = RoleModelJson.Read(RoleModelJson.WriteToUtf8Bytes(catalogue, indented: false));

        read.Report.Problems.Should().BeEmpty();
        read.IsValid.Should().BeTrue();
        read.Catalogue.Should().Be(catalogue);
    }
}

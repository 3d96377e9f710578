using RoleModel.Serialization;

namespace RoleModel.Interop.Tests.Esco;

/// <summary>The full ESCO v1.1.1 import written as RoleModel JSON and read back.</summary>
[Collection(EscoRelease.Name)]
public sealed class EscoRoundTripTests(EscoFixture fixture)
{
    [DataFact("esco", "v1.1.1")]
    public void Import_WrittenAsJsonAndRead_GivesAnEqualCatalogueWithoutProblems()
    {
        var catalogue = fixture.Result.Catalogue!;

        var read = RoleModelJson.Read(RoleModelJson.WriteToUtf8Bytes(catalogue, indented: false));

        read.Report.Problems.Should().BeEmpty();
        read.IsValid.Should().BeTrue();
        read.Catalogue.Should().Be(catalogue);
    }
}

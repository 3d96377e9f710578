using System.Text;
using NodaTime;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    [Fact]
    public void Read_CatalogueIdentity_IsReadAndWrittenAsFormat11()
    {
        const string json = """{"schemaVersion": "1.1", "id": "municipal-roles", "version": "2026.1", "issued": "2026-03-01", "publisher": "Town of Musterstadt"}""";

        var result = RoleModelJson.Read(json);

        result.Report.Problems.Should().BeEmpty();
        result.Catalogue!.Identity.Should().Be(new CatalogueIdentity("municipal-roles", "2026.1", new LocalDate(2026, 3, 1), "Town of Musterstadt"));
        var written = Encoding.UTF8.GetString(RoleModelJson.WriteToUtf8Bytes(result.Catalogue, indented: false));
        written.Should().Be("""{"schemaVersion":"1.1","id":"municipal-roles","version":"2026.1","issued":"2026-03-01","publisher":"Town of Musterstadt"}""");
    }

    [Fact]
    public void Write_CatalogueWithoutIdentity_StaysFormat10() =>
        Encoding.UTF8.GetString(RoleModelJson.WriteToUtf8Bytes(Catalogue.Empty, indented: false)).Should().Be("""{"schemaVersion":"1.0"}""");

    [Theory]
    [InlineData("""{"schemaVersion": "1.1", "id": "c", "version": "1"}""", "RM006 $.issued")]
    [InlineData("""{"schemaVersion": "1.1", "publisher": "p"}""", "RM006 $.id|RM006 $.version|RM006 $.issued")]
    [InlineData("""{"schemaVersion": "1.1", "id": "c", "version": "1", "issued": "2026-13-01"}""", "RM005 $.issued")]
    [InlineData("""{"schemaVersion": "1.1", "id": "c", "version": " 1", "issued": "2026-01-01"}""", "RM100 $.version")]
    public void Read_IncompleteIdentity_IsALocatedError(string json, string expected)
    {
        var result = RoleModelJson.Read(json);

        string.Join("|", result.Report.Problems.Select(p => $"{p.Code} {p.Path}")).Should().Be(expected);
        result.Catalogue.Should().BeNull();
    }
}

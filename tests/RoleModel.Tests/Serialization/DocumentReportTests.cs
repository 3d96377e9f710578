using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed class DocumentReportTests
{
    [Fact]
    public void Members_NameTheDocumentItsIdentityAndItsProblems()
    {
        var report = new CatalogueComposer(new MemoryResolver())
            .Read("""{"schemaVersion": "1.1", "id": "c", "version": "1", "issued": "2026-01-01", "rolse": []}"""u8.ToArray(), "c.json").Documents.Single();

        report.Location.Should().Be("c.json");
        report.Identity!.ToString().Should().Be("c 1");
        report.Report.Problems.Single().Message.Should().Contain("did you mean 'roles'?");
        report.ToString().Should().Be("c.json: 1 problem(s)");
    }
}

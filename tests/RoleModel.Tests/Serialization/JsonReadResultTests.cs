using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed class JsonReadResultTests
{
    [Fact]
    public void IsValid_DocumentWithoutProblems_IsTrue()
    {
        var result = RoleModelJson.Read("""{"schemaVersion":"1.0"}""");

        result.IsValid.Should().BeTrue();
        result.Catalogue.Should().Be(Catalogue.Empty);
    }

    [Fact]
    public void IsValid_CompleteDocumentWithDanglingReference_IsFalseButKeepsTheCatalogue()
    {
        var result = RoleModelJson.Read("""{"schemaVersion":"1.0","people":[{"id":"p","assignments":[{"role":"nobody","from":"2026-01-01"}]}]}""");

        result.IsValid.Should().BeFalse();
        result.Catalogue!.People.Should().ContainSingle();
    }

    [Fact]
    public void Catalogue_ObjectInvalidOnItsOwn_IsNull()
    {
        var result = RoleModelJson.Read("""{"schemaVersion":"1.0","people":[{"id":""}]}""");

        result.IsValid.Should().BeFalse();
        result.Catalogue.Should().BeNull();
    }

    [Fact]
    public void Report_WarningsOnly_LeaveTheResultValid()
    {
        // Warnings come from task-profile checks, which the catalogue document does not run: a read report has errors only.
        var result = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "municipal.json")));

        result.Report.Warnings.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }
}

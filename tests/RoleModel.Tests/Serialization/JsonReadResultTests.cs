using RoleModel.Validation;
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
        var result = RoleModelJson.Read("""{"schemaVersion": "1.0", "roles": [{"id": "r", "title": {}, "note": 1}]}""");

        result.Report.Warnings.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.UnknownMember);
        result.IsValid.Should().BeTrue();
        result.Catalogue!.Roles[0].Extensions.Members.Should().ContainSingle(m => m.Key == "note");
    }
}

using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed class CompositionResultTests
{
    [Fact]
    public void IsValid_UnreadableDocument_IsFalseAndHasNoViews()
    {
        var result = new CatalogueComposer(new MemoryResolver()).Read("{"u8.ToArray(), "broken.json");

        (result.Document, result.Composed, result.IsValid).Should().Be((null, null, false));
        result.Documents.Single().Report.Problems.Single().Code.Should().Be(RoleModel.Validation.ProblemCodes.JsonSyntax);
    }

    [Fact]
    public void Composed_DocumentWithoutImports_IsTheDocument()
    {
        var result = new CatalogueComposer(new MemoryResolver()).Read("""{"schemaVersion": "1.0", "roles": [{"id": "r", "title": {"en": "R"}}]}"""u8.ToArray(), "r.json");

        result.IsValid.Should().BeTrue();
        result.Composed.Should().BeSameAs(result.Document);
    }
}

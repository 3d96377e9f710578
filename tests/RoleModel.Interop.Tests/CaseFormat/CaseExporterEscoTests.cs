using System.Text.Json;
using RoleModel.Interop.CaseFormat;
using RoleModel.Interop.Tests.Esco;

namespace RoleModel.Interop.Tests.CaseFormat;

/// <summary>The full ESCO skills pillar exported to CASE, validated against the official schema.</summary>
[Collection(EscoRelease.Name)]
public sealed class CaseExporterEscoTests(EscoFixture fixture)
{
    [DataFact("esco", "v1.1.1")]
    public void ToUtf8Bytes_FullEscoSkillsPillar_IsAValidCfPackage()
    {
        var framework = fixture.Result.Framework!;

        var package = CaseExporter.ToUtf8Bytes(framework, CaseExporterTests.Options);

        using var json = JsonDocument.Parse(package);
        json.RootElement.GetProperty("CFItems").GetArrayLength().Should().Be(13_896 + 640);
        json.RootElement.GetProperty("CFAssociations").GetArrayLength()
            .Should().Be(framework.Competencies.Sum(c => Math.Max(1, c.BroaderIds.Length)));
        CaseSchema.Errors(package).Should().BeEmpty();
    }
}

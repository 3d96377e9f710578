using RoleModel.Interop.Onet;

namespace RoleModel.Interop.Tests.Onet;

/// <summary>Imports O*NET 29.3 from its tab-separated files once for a test class.</summary>
public sealed class OnetFixture
{
    private readonly Lazy<OnetImportResult> result = new(() => OnetImporter.Import(SharedData.Path("onet", "29.3", "tsv"), "29.3"));

    public OnetImportResult Result => result.Value;
}

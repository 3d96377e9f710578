using NodaTime;
using RoleModel.Interop.Standards;
using RoleModel.Serialization;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>The bundled municipal sample (docs/samples/municipal.json) and the day the exports are taken on.</summary>
internal static class Samples
{
    private static readonly Lazy<Catalogue> MunicipalCatalogue = new(() =>
    {
        var result = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot!, "docs", "samples", "municipal.json")).AsMemory());
        return result.Catalogue ?? throw new InvalidOperationException("The municipal sample does not read.");
    });

    public static Catalogue Municipal => MunicipalCatalogue.Value;

    public static RoleExportOptions On2026 { get; } = new(new LocalDate(2026, 1, 1), Instant.FromUtc(2026, 12, 1, 0, 0));
}

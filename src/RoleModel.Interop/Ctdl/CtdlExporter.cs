using System.Text.Json;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.Ctdl;

/// <summary>
/// Writes roles as CTDL JSON-LD (Credential Engine): each role as a <c>ceterms:WorkRole</c> with its tasks of the day
/// as <c>ceterms:Task</c> (<c>hasTask</c>), held as a <c>ceterms:Job</c> of the publisher (<c>hasWorkRole</c>,
/// <c>hasOccupation</c> where the role maps to an ESCO or O*NET occupation), and the frameworks the roles require
/// as <c>ceasn:CompetencyFramework</c>s of <c>ceasn:Competency</c> (the identities of the CASE export). CTIDs are
/// stable (<see cref="CtdlIdentifiers"/>). Checked against the CTDL and CTDL-ASN vocabularies.
/// </summary>
public static class CtdlExporter
{
    /// <summary>The roles and the frameworks they require as one <c>@graph</c>.</summary>
    /// <param name="catalogue">The catalogue holding the roles.</param>
    /// <param name="roleIds">The roles' identifiers.</param>
    /// <param name="options">The day, the instant of knowledge and the language.</param>
    /// <param name="ctdl">The publisher and the base of the identities.</param>
    /// <returns>The document and what it could not carry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The catalogue lacks a role.</exception>
    public static StandardExport Export(Catalogue catalogue, IEnumerable<string> roleIds, RoleExportOptions options, CtdlExportOptions ctdl)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(roleIds);
        ArgumentNullException.ThrowIfNull(ctdl);
        var sources = roleIds.Select(id => RoleSource.Create(catalogue, id, options)).ToList();
        var losses = new List<ExportLoss>();
        using var buffer = new PooledBuffer(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new CtdlWriter(catalogue, writer, ctdl, options.Language).Write(sources, losses);
        }

        return new StandardExport(buffer.WrittenSpan.ToArray(), RoleSource.Merge(losses));
    }
}

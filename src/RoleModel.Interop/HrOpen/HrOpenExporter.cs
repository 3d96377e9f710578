using System.Text.Json;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.HrOpen;

/// <summary>
/// Writes a role on a day as an HR Open Standards 4.x document: a JDX <c>JobDescription</c> or a
/// <c>PositionOpening</c> with one <c>PositionProfile</c>. Every member written is declared by the official
/// schema (tested against the draft-04 files); what the target cannot carry is returned as
/// <see cref="StandardExport.Losses"/>. See docs/interop.md for the mapping, field by field.
/// </summary>
public static class HrOpenExporter
{
    /// <summary>The role as an HR Open document.</summary>
    /// <param name="catalogue">The catalogue holding the role (with what it imports, for competency names).</param>
    /// <param name="roleId">The role's identifier.</param>
    /// <param name="options">The day, the instant of knowledge and the language.</param>
    /// <param name="shape">The document written.</param>
    /// <returns>The document and what it could not carry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The catalogue has no such role, or <paramref name="shape"/> is not defined.</exception>
    public static StandardExport Export(Catalogue catalogue, string roleId, RoleExportOptions options, HrOpenShape shape = HrOpenShape.JobDescription)
    {
        if (!Enum.IsDefined(shape))
        {
            throw new ArgumentException("The shape must be one of the values defined by HrOpenShape.", nameof(shape));
        }

        var source = RoleSource.Create(catalogue, roleId, options);
        var losses = source.CommonLosses();
        using var buffer = new PooledBuffer(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (shape == HrOpenShape.JobDescription)
            {
                new JobDescriptionWriter(source, writer).Write(losses);
            }
            else
            {
                new PositionOpeningWriter(source, writer).Write(losses);
            }
        }

        return new StandardExport(buffer.WrittenSpan.ToArray(), losses);
    }
}

using System.Text.Json;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.SchemaOrg;

/// <summary>
/// Writes roles as schema.org JSON-LD: each role as an <c>Occupation</c> (or, with <see cref="JobPostingDetails"/>,
/// as a <c>JobPosting</c> skeleton whose <c>relevantOccupation</c> is that occupation). Skills are
/// <c>DefinedTerm</c>s in a <c>DefinedTermSet</c>, responsibilities come from tasks, outcomes and areas, the
/// occupational category from the role's classification. Checked against the schema.org 30.0 vocabulary.
/// </summary>
public static class SchemaOrgExporter
{
    /// <summary>The roles as one JSON-LD document: one node for one role, a <c>@graph</c> for several.</summary>
    /// <param name="catalogue">The catalogue holding the roles.</param>
    /// <param name="roleIds">The roles' identifiers, at least one.</param>
    /// <param name="options">The day, the instant of knowledge and the language.</param>
    /// <param name="posting">With details, each role is written as a JobPosting; without, as an Occupation.</param>
    /// <returns>The document and what it could not carry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No role is named, or the catalogue lacks one.</exception>
    public static StandardExport Export(Catalogue catalogue, IEnumerable<string> roleIds, RoleExportOptions options, JobPostingDetails? posting = null)
    {
        ArgumentNullException.ThrowIfNull(roleIds);
        var ids = roleIds.ToList();
        if (ids.Count == 0)
        {
            throw new ArgumentException("Name at least one role.", nameof(roleIds));
        }

        var losses = new List<ExportLoss>();
        using var buffer = new PooledBuffer(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            if (ids.Count > 1)
            {
                writer.WriteStartArray("@graph");
            }

            foreach (var id in ids)
            {
                var source = RoleSource.Create(catalogue, id, options);
                losses.AddRange(source.CommonLosses());
                if (ids.Count > 1)
                {
                    writer.WriteStartObject();
                }

                new SchemaOrgWriter(source, writer).Write(posting, losses);
                if (ids.Count > 1)
                {
                    writer.WriteEndObject();
                }
            }

            if (ids.Count > 1)
            {
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return new StandardExport(buffer.WrittenSpan.ToArray(), RoleSource.Merge(losses));
    }
}

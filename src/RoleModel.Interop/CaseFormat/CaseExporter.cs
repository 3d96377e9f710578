using System.Text.Json;

namespace RoleModel.Interop.CaseFormat;

/// <summary>
/// Writes a competency framework as a 1EdTech CASE 1.1 CFPackage: the framework as the CFDocument, each
/// competency as a CFItem, broader links as <c>isChildOf</c> CFAssociations (competencies without a broader
/// one are children of the document), mappings as <c>exactMatchOf</c> or <c>isRelatedTo</c> associations to
/// the external concept, and each proficiency scale as a CFRubric with one criterion whose levels are the
/// scale's levels. See docs/interop.md for the mapping.
/// </summary>
/// <remarks>
/// CASE requires UUIDs; they are derived from the base URI and the RoleModel identifiers (name-based, version
/// 5), so that exporting the same framework again gives the same identifiers. The RoleModel identifier and
/// kind are kept in each item's <c>extensions</c>. Written with <see cref="Utf8JsonWriter"/>, without
/// reflection.
/// </remarks>
public static class CaseExporter
{
    /// <summary>Writes the framework as a CFPackage JSON object.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="writer">The writer.</param>
    /// <param name="options">The base URI, creator and change time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CompetencyFramework framework, Utf8JsonWriter writer, CaseExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        new CasePackageWriter(framework, writer, options).Write();
    }

    /// <summary>The framework as a CFPackage, UTF-8 encoded JSON.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="options">The base URI, creator and change time.</param>
    /// <returns>The JSON bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static byte[] ToUtf8Bytes(CompetencyFramework framework, CaseExportOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(framework, writer, options);
        }

        return stream.ToArray();
    }
}

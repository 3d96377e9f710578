using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>The problems of one document of a composition, with the location that names it. Immutable.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class DocumentReport
{
    internal DocumentReport(string location, CatalogueIdentity? identity, ValidationReport report)
    {
        Location = location;
        Identity = identity;
        Report = report;
    }

    /// <summary>The document's location, as given for the root and as the resolver returned it for an import.</summary>
    public string Location { get; }

    /// <summary>The catalogue identity the document declares, or null.</summary>
    public CatalogueIdentity? Identity { get; }

    /// <summary>The document's problems; lines, columns and paths are those of this document.</summary>
    public ValidationReport Report { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Report.Problems.Length} problem(s)";
}

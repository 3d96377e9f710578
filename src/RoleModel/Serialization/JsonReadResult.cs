using RoleModel.Validation;

namespace RoleModel.Serialization;

/// <summary>The outcome of reading a RoleModel JSON document: the catalogue, if it could be read, and every problem found.</summary>
/// <remarks>Immutable.</remarks>
public sealed class JsonReadResult
{
    internal JsonReadResult(Catalogue? catalogue, ValidationReport report)
    {
        Catalogue = catalogue;
        Report = report;
    }

    /// <summary>
    /// The catalogue, when the document is well-formed JSON of a supported version and every object in it is
    /// valid on its own; otherwise null. It may still break cross-reference rules (an unknown competency, a
    /// duplicate identifier), which <see cref="Report"/> lists: check <see cref="IsValid"/>.
    /// </summary>
    public Catalogue? Catalogue { get; }

    /// <summary>Every problem of the document, each with its code, JSON path, message, line and column.</summary>
    public ValidationReport Report { get; }

    /// <summary>Whether a catalogue was read and no problem of severity error was found.</summary>
    public bool IsValid => Catalogue is not null && Report.IsValid;
}

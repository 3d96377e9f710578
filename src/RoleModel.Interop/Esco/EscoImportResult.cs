using System.Collections.Immutable;
using RoleModel.Validation;

namespace RoleModel.Interop.Esco;

/// <summary>
/// What an ESCO import produced: the catalogue (only when no error was found), the ISCO groups, the
/// problems, and the records read per file. Immutable.
/// </summary>
/// <remarks>
/// <para>The catalogue holds one framework (skills and skill groups as competencies) and one role per
/// occupation. It is null when any <see cref="ProblemSeverity.Error"/> was found, so that a broken release is
/// never mistaken for a complete one; warnings name the links that were left out.</para>
/// <para>Equality: reference equality (a result is not a value).</para>
/// </remarks>
public sealed class EscoImportResult
{
    internal EscoImportResult(Catalogue? catalogue, ImmutableArray<IscoGroup> iscoGroups, ImmutableArray<ImportProblem> problems, ImmutableDictionary<string, long> rowsRead)
    {
        Catalogue = catalogue;
        IscoGroups = iscoGroups;
        Problems = problems;
        RowsRead = rowsRead;
    }

    /// <summary>Whether the import found no error and so produced a catalogue.</summary>
    public bool Succeeded => Catalogue is not null;

    /// <summary>The imported catalogue, or null when an error was found.</summary>
    public Catalogue? Catalogue { get; }

    /// <summary>The ESCO framework of the catalogue, or null when an error was found.</summary>
    public CompetencyFramework? Framework => Catalogue?.Frameworks[0];

    /// <summary>The ISCO groups (empty when an error was found).</summary>
    public ImmutableArray<IscoGroup> IscoGroups { get; }

    /// <summary>Every problem found, errors and warnings, in the order found.</summary>
    public ImmutableArray<ImportProblem> Problems { get; }

    /// <summary>The records read from each file, by file name (malformed records not counted).</summary>
    public ImmutableDictionary<string, long> RowsRead { get; }
}

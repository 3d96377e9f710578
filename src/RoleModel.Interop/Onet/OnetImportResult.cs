using System.Collections.Immutable;

namespace RoleModel.Interop.Onet;

/// <summary>
/// What an O*NET import produced: the catalogue (only when no error was found), each role's task statements,
/// the emerging tasks, the problems, and the records read per file. Immutable.
/// </summary>
/// <remarks>
/// <para>A RoleModel role holds no task list (its tasks form a dated history), so the task statements of
/// each occupation are returned beside the catalogue, by role identifier; emerging tasks are proposals,
/// not yet tasks.</para>
/// <para>Equality: reference equality (a result is not a value).</para>
/// </remarks>
public sealed class OnetImportResult
{
    internal OnetImportResult(
        Catalogue? catalogue,
        ImmutableDictionary<string, ImmutableArray<RoleTask>> tasks,
        ImmutableArray<ProposedTask> emergingTasks,
        ImmutableArray<ImportProblem> problems,
        ImmutableDictionary<string, long> rowsRead)
    {
        Catalogue = catalogue;
        Tasks = tasks;
        EmergingTasks = emergingTasks;
        Problems = problems;
        RowsRead = rowsRead;
    }

    /// <summary>Whether the import found no error and so produced a catalogue.</summary>
    public bool Succeeded => Catalogue is not null;

    /// <summary>The catalogue: one framework (skills, knowledge, their content-model categories, the two
    /// rating scales) and one role per occupation; null when an error was found.</summary>
    public Catalogue? Catalogue { get; }

    /// <summary>The O*NET framework of the catalogue, or null when an error was found.</summary>
    public CompetencyFramework? Framework => Catalogue?.Frameworks[0];

    /// <summary>The task statements of each occupation, by role identifier (O*NET-SOC code), in file order.</summary>
    public ImmutableDictionary<string, ImmutableArray<RoleTask>> Tasks { get; }

    /// <summary>The emerging tasks, in file order (empty when the release has no Emerging Tasks file).</summary>
    public ImmutableArray<ProposedTask> EmergingTasks { get; }

    /// <summary>Every problem found, errors and warnings, in the order found.</summary>
    public ImmutableArray<ImportProblem> Problems { get; }

    /// <summary>The records read from each file, by file name.</summary>
    public ImmutableDictionary<string, long> RowsRead { get; }
}

using System.Collections.Immutable;
using NodaTime;
using RoleModel.History;

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

    /// <summary>The catalogue: the O*NET framework (skills, knowledge, their content-model categories, the two
    /// rating scales), the activity framework when the release has one, and one role per occupation; null when
    /// an error was found.</summary>
    public Catalogue? Catalogue { get; }

    /// <summary>The O*NET framework of the catalogue, or null when an error was found.</summary>
    public CompetencyFramework? Framework => Catalogue?.Frameworks[0];

    /// <summary>
    /// The activity framework (<see cref="OnetImporter.ActivityFrameworkId"/>): work activity elements, IWAs and
    /// DWAs; null when an error was found or the release has no <c>DWA Reference</c> file. Each task's
    /// <see cref="RoleTask.Uses"/> names its DWAs (from <c>Tasks to DWAs</c>).
    /// </summary>
    public CompetencyFramework? ActivityFramework => Catalogue?.Frameworks.Length > 1 ? Catalogue.Frameworks[1] : null;

    /// <summary>The task statements of each occupation, by role identifier (O*NET-SOC code), in file order.</summary>
    public ImmutableDictionary<string, ImmutableArray<RoleTask>> Tasks { get; }

    /// <summary>The emerging tasks, in file order (empty when the release has no Emerging Tasks file).</summary>
    public ImmutableArray<ProposedTask> EmergingTasks { get; }

    /// <summary>Every problem found, errors and warnings, in the order found.</summary>
    public ImmutableArray<ImportProblem> Problems { get; }

    /// <summary>The records read from each file, by file name.</summary>
    public ImmutableDictionary<string, long> RowsRead { get; }

    /// <summary>
    /// The history of every role of the catalogue, in catalogue order: the imported role as baseline; each of
    /// its task statements as an accepted <see cref="RoleChangeKind.TaskAdded"/> change effective on
    /// <paramref name="releasedOn"/>, identified <c>onet-{version}-{task ID}</c>; each of its emerging tasks as a
    /// <see cref="RoleChangeKind.TaskAdded"/> proposal effective on the first day of its month (the
    /// <c>Date</c> column), identified <c>onet-{version}-emerging-{hash}</c> (a hash of the statement, so that
    /// the same statement has the same identifier in every release; <c>onet-</c> alone when the import was given
    /// no version). Every change is recorded at
    /// <paramref name="recordedAt"/> by the author <c>O*NET</c>; task shares are 0 (O*NET gives none).
    /// </summary>
    /// <param name="releasedOn">The day the release's task statements take effect, such as the release day.</param>
    /// <param name="recordedAt">The instant the changes are recorded (the library never reads the clock); defaults to the start of <paramref name="releasedOn"/> in UTC.</param>
    /// <returns>One history per role; a role without tasks has an empty log.</returns>
    /// <exception cref="InvalidOperationException">The import found errors and so has no catalogue.</exception>
    public ImmutableArray<RoleHistory> ToHistories(LocalDate releasedOn, Instant? recordedAt = null) =>
        OnetHistoryBuilder.Build(this, releasedOn, recordedAt ?? releasedOn.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
}

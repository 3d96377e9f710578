using RoleModel.Interop.Tables;
using RoleModel.Validation;

namespace RoleModel.Interop.Esco;

/// <summary>
/// One ESCO import: reads the files, the two pillars on two threads, then builds the domain objects. Each file
/// has its own <see cref="ImportStep"/>, and the steps' problems are put together in the fixed order below, so
/// that the result does not depend on which thread came first.
/// </summary>
internal sealed partial class EscoReader(string directory, EscoImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    : IDisposable
{
    private readonly EscoFiles files = new(options.Language);
    private readonly ProgressRelay relay = new(progress, cancellationToken);
    private readonly List<EscoConcept> competencies = [];
    private readonly ConceptIndex competencyIndex = new();
    private readonly List<EscoConcept> occupations = [];
    private readonly ConceptIndex occupationIndex = new();
    private readonly List<EscoConcept> iscoGroups = [];
    private readonly ConceptIndex iscoGroupIndex = new();
    private readonly HashSet<string> iscoCodes = new(StringComparer.Ordinal);

    /// <summary>The generic columns of each pillar's concepts, as JSON objects one after another.</summary>
    private readonly PooledBuffer competencyColumns = new(1 << 20), occupationColumns = new(1 << 20), iscoGroupColumns = new(1 << 16);

    /// <summary>The steps in the order their problems are reported (the order of a one-thread read).</summary>
    private ImportStep[] steps = [];

    public EscoImportResult Run()
    {
        // Skills pillar: skills, skill groups, then hierarchy and skill relations (needing both), on another thread.
        var skills = NewStep(background: true);
        var skillGroups = NewStep(background: true);
        var skillHierarchy = NewStep(background: true);
        var skillRelations = NewStep(background: true);

        // Occupations pillar, on the calling thread; the requirements need the skills and the collections both pillars.
        var isco = NewStep();
        var occupationsStep = NewStep();
        var occupationHierarchy = NewStep();
        var requirements = NewStep();
        var collections = NewStep();
        steps = [skills, skillGroups, skillHierarchy, skillRelations, isco, occupationsStep, occupationHierarchy, requirements, collections];

        // A thread of its own (not a pool thread, which the wait below could run inline), told no cancellation:
        // each step checks it, and the wait for the skill concepts must always end.
        var skillConcepts = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var skillsPillar = Task.CompletedTask;
        if (options.OccupationsOnly)
        {
            skillConcepts.SetResult();
        }
        else
        {
            skillsPillar = Task.Factory.StartNew(
                () => ReadSkillsPillar(skillConcepts, skills, skillGroups, skillHierarchy, skillRelations),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        var completed = false;
        try
        {
            Step(isco, ReadIscoGroups).Step(occupationsStep, ReadOccupations).Step(occupationHierarchy, ReadOccupationHierarchy);
            skillConcepts.Task.GetAwaiter().GetResult();
            if (!options.OccupationsOnly)
            {
                Step(requirements, ReadRequirements);
            }

            skillsPillar.GetAwaiter().GetResult();
            Step(collections, ReadCollections);
            relay.Deliver();
            completed = true;
        }
        finally
        {
            if (!completed)
            {
                // Failing or cancelled: let the other thread stop before the caller goes on (WaitAny does not throw).
                Task.WaitAny([skillsPillar], CancellationToken.None);
            }
        }

        return Build();
    }

    /// <summary>The skills pillar, on its own thread: <paramref name="concepts"/> ends (or fails) once every skill
    /// and skill group is known, so that the requirements can be read meanwhile.</summary>
    private void ReadSkillsPillar(TaskCompletionSource concepts, ImportStep skills, ImportStep groups, ImportStep hierarchy, ImportStep relations)
    {
        try
        {
            Step(skills, ReadSkills).Step(groups, ReadSkillGroups);
        }
        catch (Exception e)
        {
            concepts.SetException(e);
            throw;
        }

        concepts.SetResult();
        Step(hierarchy, ReadSkillHierarchy).Step(relations, ReadSkillRelations);
    }

    public void Dispose()
    {
        competencyColumns.Dispose();
        occupationColumns.Dispose();
        iscoGroupColumns.Dispose();
    }

    private ImportStep NewStep(bool background = false) => new(background ? relay.Hold() : relay.Direct, onCallingThread: !background);

    /// <summary>Runs a step (on the calling thread, first giving the reports the other thread has ended).</summary>
    private EscoReader Step(ImportStep step, Action<ImportStep> read)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (step.OnCallingThread)
        {
            relay.Deliver();
        }

        read(step);
        step.End();
        return this;
    }

    private CsvTable? Open(ImportStep step, string[] names, bool required = true) =>
        CsvTable.Open(directory, names, required, step.Log, step.Progress, cancellationToken);

    private static void Done(ImportStep step, CsvTable table) => step.RowsRead.Add(new(table.FileName, table.RowsRead));

    /// <summary>Reads the rows of a concept file into concepts; <paramref name="create"/> adds what is special.</summary>
    private void ReadConcepts(
        ImportStep step, string[] names, string conceptType, string[] extraRequired, PooledBuffer columns, Action<CsvTable, int[], ConceptRow> create)
    {
        using var table = Open(step, names);
        if (table is null)
        {
            return;
        }

        var required = table.RequireColumns(["conceptUri", "preferredLabel", .. extraRequired]);
        if (required is null)
        {
            return;
        }

        var typeColumn = table.IndexOf("conceptType");
        var descriptionColumn = table.IndexOf("description");
        using var generic = new GenericColumns(table, ["conceptType", "conceptUri", "preferredLabel", "description", .. MappedExtras(conceptType)]);
        var extra = required[2..];
        var expectedType = System.Text.Encoding.UTF8.GetBytes(conceptType);
        while (table.Read())
        {
            if (typeColumn >= 0 && !table.GetUtf8(typeColumn).SequenceEqual(expectedType))
            {
                table.Error(ProblemMessage.Of("Esco.ConceptType", table.Get(typeColumn), conceptType));
                continue;
            }

            var uri = table.Get(required[0]).Trim();
            var label = table.Get(required[1]);
            if (uri.Length == 0)
            {
                table.Error(ProblemMessage.Of("Esco.NoConceptUri"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(label))
            {
                table.Error(ProblemMessage.Of("Esco.NoPreferredLabel", uri));
                continue;
            }

            var description = descriptionColumn >= 0 ? table.Get(descriptionColumn) : string.Empty;
            create(table, extra, new ConceptRow(uri, label, description, generic.Read(table, columns)));
        }

        Done(step, table);
    }

    /// <summary>Columns mapped to members besides the common ones, per concept type.</summary>
    private static string[] MappedExtras(string conceptType) => conceptType switch
    {
        "KnowledgeSkillCompetence" => ["skillType"],
        "ISCOGroup" => ["code"],
        _ => [],
    };

    /// <summary>Adds a concept unless its URI is taken (an error).</summary>
    private static bool AddUnique(CsvTable table, EscoConcept concept, List<EscoConcept> list, ConceptIndex index)
    {
        if (!index.TryAdd(concept))
        {
            table.Error(ProblemMessage.Of("Esco.ConceptTwice", concept.Uri));
            return false;
        }

        list.Add(concept);
        return true;
    }

    /// <summary>
    /// Reads a file of links between two URIs (and more required columns), each looked up with <paramref name="findFrom"/> or <paramref name="findTo"/>;
    /// empty URIs are errors. A URI found is the concept's own string instance, so that links allocate no text.
    /// </summary>
    private void ReadLinks(
        ImportStep step, string[] names, string fromColumn, string toColumn, string[] extraRequired,
        Func<CsvTable, int, UriField> findFrom, Func<CsvTable, int, UriField> findTo, Action<CsvTable, UriField, UriField, int[]> link)
    {
        using var table = Open(step, names);
        var columns = table?.RequireColumns([fromColumn, toColumn, .. extraRequired]);
        if (table is null || columns is null)
        {
            return;
        }

        while (table.Read())
        {
            var from = findFrom(table, columns[0]);
            var to = findTo(table, columns[1]);
            if (from.Text.Length == 0 || to.Text.Length == 0)
            {
                table.Error(ProblemMessage.Of("Esco.ColumnEmpty", (from.Text.Length == 0 ? fromColumn : toColumn)));
                continue;
            }

            link(table, from, to, columns);
        }

        Done(step, table);
    }
}

/// <summary>The common fields of a concept row.</summary>
internal readonly record struct ConceptRow(string Uri, string Label, string Description, ColumnsSlice Columns)
{
    public EscoConcept ToConcept(CompetencyKind? kind = null, string? code = null) =>
        new(Uri, Label, Description, Columns) { Kind = kind, Code = code };
}

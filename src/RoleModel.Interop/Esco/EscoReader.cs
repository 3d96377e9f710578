using RoleModel.Interop.Tables;

namespace RoleModel.Interop.Esco;

/// <summary>One ESCO import: reads the files in dependency order, then builds the domain objects.</summary>
internal sealed partial class EscoReader(string directory, EscoImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
{
    private readonly ImportLog log = new();
    private readonly EscoFiles files = new(options.Language);
    private readonly Dictionary<string, long> rowsRead = new(StringComparer.Ordinal);
    private readonly List<EscoConcept> competencies = [];
    private readonly Dictionary<string, EscoConcept> competencyByUri = new(StringComparer.Ordinal);
    private readonly List<EscoConcept> occupations = [];
    private readonly Dictionary<string, EscoConcept> occupationByUri = new(StringComparer.Ordinal);
    private readonly List<EscoConcept> iscoGroups = [];
    private readonly Dictionary<string, EscoConcept> iscoGroupByUri = new(StringComparer.Ordinal);
    private readonly HashSet<string> iscoCodes = new(StringComparer.Ordinal);

    /// <summary>Every concept URI and relation type read so far, so that link files reuse the instances.</summary>
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal) { ["essential"] = "essential", ["optional"] = "optional" };

    public EscoImportResult Run()
    {
        if (!options.OccupationsOnly)
        {
            ReadSkills();
            ReadSkillGroups();
            ReadSkillHierarchy();
            ReadSkillRelations();
        }

        ReadIscoGroups();
        ReadOccupations();
        ReadOccupationHierarchy();
        if (!options.OccupationsOnly)
        {
            ReadRequirements();
        }

        ReadCollections();
        return Build();
    }

    private CsvTable? Open(string[] names, bool required = true) =>
        CsvTable.Open(directory, names, required, log, progress, cancellationToken);

    private void Done(CsvTable table) => rowsRead[table.FileName] = table.RowsRead;

    /// <summary>Reads the rows of a concept file into concepts; <paramref name="create"/> adds what is special.</summary>
    private void ReadConcepts(
        string[] names, string conceptType, string[] extraRequired, Func<CsvTable, int[], ConceptRow, EscoConcept?> create)
    {
        using var table = Open(names);
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
                table.Error($"The conceptType is '{table.Get(typeColumn)}' where '{conceptType}' was expected.");
                continue;
            }

            var uri = table.Get(required[0]).Trim();
            var label = table.Get(required[1]);
            if (uri.Length == 0)
            {
                table.Error("The conceptUri is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(label))
            {
                table.Error($"The preferredLabel of '{uri}' is empty.");
                continue;
            }

            var description = descriptionColumn >= 0 ? table.Get(descriptionColumn) : string.Empty;
            create(table, extra, new ConceptRow(uri, label, description, generic.Read(table)));
        }

        Done(table);
    }

    /// <summary>Columns mapped to members besides the common ones, per concept type.</summary>
    private static string[] MappedExtras(string conceptType) => conceptType switch
    {
        "KnowledgeSkillCompetence" => ["skillType"],
        "ISCOGroup" => ["code"],
        _ => [],
    };

    /// <summary>Adds a concept unless its URI is taken (an error).</summary>
    private bool AddUnique(CsvTable table, EscoConcept concept, List<EscoConcept> list, Dictionary<string, EscoConcept> byUri)
    {
        if (!byUri.TryAdd(concept.Uri, concept))
        {
            table.Error($"The concept '{concept.Uri}' occurs twice.");
            return false;
        }

        pool.TryAdd(concept.Uri, concept.Uri);
        list.Add(concept);
        return true;
    }

    /// <summary>Reads a file of links between two URIs (and more required columns); empty URIs are errors.</summary>
    private void ReadLinks(string[] names, string fromColumn, string toColumn, string[] extraRequired, Action<CsvTable, string, string, int[]> link)
    {
        using var table = Open(names);
        var columns = table?.RequireColumns([fromColumn, toColumn, .. extraRequired]);
        if (table is null || columns is null)
        {
            return;
        }

        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        while (table.Read())
        {
            var from = table.GetPooled(columns[0], lookup);
            var to = table.GetPooled(columns[1], lookup);
            if (from.Length == 0 || to.Length == 0)
            {
                table.Error($"The {(from.Length == 0 ? fromColumn : toColumn)} is empty.");
                continue;
            }

            link(table, from, to, columns);
        }

        Done(table);
    }
}

/// <summary>The common fields of a concept row.</summary>
internal readonly record struct ConceptRow(string Uri, string Label, string Description, byte[] Columns)
{
    public EscoConcept ToConcept(CompetencyKind? kind = null, string? code = null) =>
        new(Uri, Label, Description, Columns) { Kind = kind, Code = code };
}

using System.Collections.Immutable;
using System.Globalization;
using RoleModel.Interop.Tables;
using RoleModel.Validation;

namespace RoleModel.Interop.Onet;

/// <summary>One O*NET import: reads the tables in dependency order, then builds the domain objects.</summary>
internal sealed partial class OnetReader(string directory, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
{
    private const string SocColumn = "O*NET-SOC Code";

    private readonly ImportLog log = new();
    private readonly Dictionary<string, long> rowsRead = new(StringComparer.Ordinal);
    private readonly List<OnetOccupation> occupations = [];
    private readonly Dictionary<string, OnetOccupation> occupationBySoc = new(StringComparer.Ordinal);

    public OnetImportResult Run(string? version, NodaTime.LocalDate? issued)
    {
        ReadContentModel();
        ReadOccupations();
        ReadJobZones();
        ReadRatings("Skills", CompetencyKind.Skill);
        ReadRatings("Knowledge", CompetencyKind.Knowledge);
        ReadTasks();
        ReadActivities();
        var emerging = ReadEmergingTasks(required: false);
        return Build(version, issued, emerging);
    }

    public OnetImportResult RunEmergingTasksOnly()
    {
        var emerging = ReadEmergingTasks(required: true);
        return new OnetImportResult(null, ImmutableDictionary<string, ImmutableArray<RoleTask>>.Empty,
            log.HasErrors ? [] : [.. emerging], log.ToImmutable(), rowsRead.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>Opens <c>name.xlsx</c>, else <c>name.tsv</c>, <c>name.tsv.gz</c> or <c>name.txt</c>, or reports it missing.</summary>
    private Table? Open(string name, bool required = true)
    {
        var xlsx = Path.Combine(directory, name + ".xlsx");
        if (File.Exists(xlsx))
        {
            return new XlsxTable(xlsx, log, progress, cancellationToken);
        }

        var table = CsvTable.Open(directory, [name + ".tsv", name + ".txt"], required: false, log, progress, cancellationToken, '\t');
        if (table is null && required)
        {
            log.Error(name + ".xlsx", null, ProblemMessage.Of("Onet.MissingFile", directory, name, name));
        }

        return table;
    }

    private void Done(Table table) => rowsRead[table.FileName] = table.RowsRead;

    /// <summary>The occupation a row names, or null after a warning that the row was left out.</summary>
    private OnetOccupation? FindOccupation(Table table, string soc, ProblemMessage what)
    {
        if (occupationBySoc.TryGetValue(soc, out var occupation))
        {
            return occupation;
        }

        table.Warning(ProblemMessage.Of("Onet.OccupationUnknown", what, soc, soc));
        return null;
    }

    private void ReadOccupations()
    {
        using var table = Open("Occupation Data");
        var columns = table?.RequireColumns(SocColumn, "Title", "Description");
        if (table is null || columns is null)
        {
            return;
        }

        var generic = new OnetColumns(table, [SocColumn, "Title", "Description"], "onet:");
        while (table.Read())
        {
            var soc = table.Get(columns[0]).Trim();
            var title = table.Get(columns[1]).Trim();
            if (soc.Length == 0 || title.Length == 0)
            {
                table.Error(ProblemMessage.Of("Onet.ColumnEmpty", (soc.Length == 0 ? SocColumn : "Title")));
                continue;
            }

            var occupation = new OnetOccupation(soc, title, table.Get(columns[2]).Trim(), generic, generic.Read(table));
            if (!occupationBySoc.TryAdd(soc, occupation))
            {
                table.Error(ProblemMessage.Of("Onet.OccupationTwice", soc));
                continue;
            }

            occupations.Add(occupation);
        }

        Done(table);
    }

    private void ReadJobZones()
    {
        using var table = Open("Job Zones");
        var columns = table?.RequireColumns(SocColumn, "Job Zone");
        if (table is null || columns is null)
        {
            return;
        }

        var generic = new OnetColumns(table, [SocColumn, "Title", "Job Zone"], string.Empty);
        while (table.Read())
        {
            var soc = table.Get(columns[0]).Trim();
            var zoneText = table.Get(columns[1]).Trim();
            if (!int.TryParse(zoneText, NumberStyles.None, CultureInfo.InvariantCulture, out var zone) || zone is < 1 or > 5)
            {
                table.Error(ProblemMessage.Of("Onet.JobZoneOutOfRange", zoneText, soc));
                continue;
            }

            if (FindOccupation(table, soc, ProblemMessage.Of("Onet.What.JobZone")) is { } occupation)
            {
                if (occupation.JobZone is not null)
                {
                    table.Warning(ProblemMessage.Of("Onet.JobZoneTwice", soc));
                    continue;
                }

                occupation.JobZone = zone;
                occupation.JobZoneColumns = generic;
                occupation.JobZoneValues = generic.Read(table);
            }
        }

        Done(table);
    }

    private void ReadContentModel()
    {
        using var table = Open("Content Model Reference", required: false);
        var columns = table?.RequireColumns("Element ID", "Element Name");
        if (table is null || columns is null)
        {
            return;
        }

        var description = table.IndexOf("Description");
        while (table.Read())
        {
            var id = table.Get(columns[0]).Trim();
            if (id.Length > 0)
            {
                contentModel.TryAdd(id, (table.Get(columns[1]).Trim(), description >= 0 ? table.Get(description).Trim() : string.Empty, contentModel.Count));
            }
        }

        Done(table);
    }
}

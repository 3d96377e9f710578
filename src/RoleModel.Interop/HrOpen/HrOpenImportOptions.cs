using NodaTime;

namespace RoleModel.Interop.HrOpen;

/// <summary>What an HR Open import needs besides the document. Immutable.</summary>
public sealed class HrOpenImportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="tasksFrom">The first day of the imported baseline task profile (format 1.1 <c>tasksFrom</c>).</param>
    public HrOpenImportOptions(LocalDate tasksFrom) => TasksFrom = tasksFrom;

    /// <summary>The first day of the imported baseline task profile.</summary>
    public LocalDate TasksFrom { get; }

    /// <summary>The identifier of the local framework that holds the competencies not of ESCO; defaults to <c>local</c>.</summary>
    public string FrameworkId { get; init; } = "local";

    /// <summary>The ESCO release imported when a competency names ESCO by URI; defaults to <c>1.1.1</c>.</summary>
    public string EscoVersion { get; init; } = "1.1.1";

    /// <summary>Where the imported ESCO document is (the import's <c>href</c>), or null to supply it when reading.</summary>
    public string? EscoHref { get; init; }

    /// <summary>The identifier the imported role gets, instead of the document's; null to keep the document's.</summary>
    public string? RoleId { get; init; }

    /// <summary>The language of the document's texts; defaults to <c>en</c>.</summary>
    public string Language { get; init; } = "en";
}

namespace RoleModel.Interop.Onet;

/// <summary>
/// Reads an O*NET database release (the Excel files, or the same sheets as tab-separated text, optionally
/// gzipped; per file the <c>.xlsx</c> is preferred) into a RoleModel catalogue: occupations become roles to
/// derive from, Skills and Knowledge become competencies and requirements rated on O*NET's Importance (1-5)
/// and Level (0-7) scales, task statements become tasks, emerging tasks become proposals. O*NET-SOC codes
/// and content-model element IDs are kept as identifiers. Where the release has the Detailed Work Activities
/// (<c>DWA Reference</c>, <c>IWA Reference</c>, <c>Tasks to DWAs</c>), they become a second framework of
/// activities, identified by their DWA and IWA IDs, and each task uses its DWAs. See docs/interop.md for the mapping.
/// </summary>
/// <remarks>
/// <para>Each requirement's minimum level is the Level rating rounded to the nearest level of the 0-7 scale
/// (none where O*NET marks the level not relevant); its weight is the Importance rating; it is essential when
/// the Importance is at least <see cref="EssentialImportance"/> ("important" on O*NET's scale), otherwise
/// optional. The exact ratings and their statistics are kept in the requirement's extension data.</para>
/// <para>A missing file or column or a bad row is an error, and the result then has no catalogue; a row that
/// names an unknown occupation is left out with a warning.</para>
/// </remarks>
public static class OnetImporter
{
    /// <summary>The identifier of the imported framework: <c>onet</c>.</summary>
    public const string FrameworkId = "onet";

    /// <summary>The identifier of the activity framework (work activities, IWAs, DWAs): <c>onet-activities</c>.</summary>
    public const string ActivityFrameworkId = "onet-activities";

    /// <summary>The kind of every entry of the activity framework: <c>activity</c>.</summary>
    public static CompetencyKind ActivityKind { get; } = CompetencyKind.FromCode("activity");

    /// <summary>The identifier of the Importance scale (O*NET scale IM, levels 1 to 5).</summary>
    public const string ImportanceScaleId = "onet-importance";

    /// <summary>The identifier of the Level scale (O*NET scale LV, levels 0 to 7).</summary>
    public const string LevelScaleId = "onet-level";

    /// <summary>The Importance rating from which a requirement is essential: 3 ("important").</summary>
    public const double EssentialImportance = 3.0;

    /// <summary>The kind of the content-model categories above skills and knowledge (such as 2.A.1 Basic Skills): <c>onetCategory</c>.</summary>
    public static CompetencyKind CategoryKind { get; } = CompetencyKind.FromCode("onetCategory");

    /// <summary>Imports the release in a folder.</summary>
    /// <param name="directory">The folder holding the release's files.</param>
    /// <param name="version">The release version recorded on the framework, such as <c>29.3</c>; defaults to none.</param>
    /// <param name="progress">Receives the file being read and the records read so far; defaults to none.</param>
    /// <param name="cancellationToken">Cancels the import between records.</param>
    /// <param name="issued">The day the release was issued; with <paramref name="version"/>, the catalogue's identity (<c>onet</c>, the release, that day, USDOL/ETA). Defaults to none: no identity.</param>
    /// <returns>The result: the catalogue when no error was found, and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is blank, or <paramref name="version"/> is blank.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public static OnetImportResult Import(
        string directory, string? version = null, IProgress<ImportProgress>? progress = null, NodaTime.LocalDate? issued = null,
        CancellationToken cancellationToken = default)
    {
        CheckDirectory(directory, cancellationToken);
        return new OnetReader(directory, progress, cancellationToken).Run(version, issued);
    }

    /// <summary>
    /// Imports only the Emerging Tasks file of a release (such as 29.2, of which only that file is at hand), for
    /// comparing releases.
    /// </summary>
    /// <param name="directory">The folder holding <c>Emerging Tasks.xlsx</c> or <c>Emerging Tasks.tsv</c>.</param>
    /// <param name="progress">Receives the records read so far; defaults to none.</param>
    /// <param name="cancellationToken">Cancels the import between records.</param>
    /// <returns>The result, with no catalogue and only <see cref="OnetImportResult.EmergingTasks"/> filled (empty when an error was found).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is blank.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public static OnetImportResult ImportEmergingTasks(
        string directory, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        CheckDirectory(directory, cancellationToken);
        return new OnetReader(directory, progress, cancellationToken).RunEmergingTasksOnly();
    }

    private static void CheckDirectory(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The O*NET release folder '{directory}' does not exist.");
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}

namespace RoleModel.Interop.Esco;

/// <summary>
/// Reads an ESCO CSV release (the "classification" download: <c>skills_en.csv</c>, <c>occupations_en.csv</c>,
/// ...; each file may also be gzipped as <c>name.csv.gz</c>) into a RoleModel catalogue: skills, knowledge and
/// skill groups become competencies of one framework, occupations become roles to derive from. ESCO URIs
/// are kept as identifiers; what the model has no member for is kept in extension data
/// (see <see cref="EscoExtensionNames"/> and docs/interop.md).
/// </summary>
/// <remarks>
/// <para>ESCO names no proficiency levels: requirements have no minimum level, essential or optional
/// importance, and weight 1.</para>
/// <para>A missing file or column, an empty identifier or label, a repeated identifier or an unknown relation
/// type is an error, and the result then has no catalogue. A link that names a concept the release does not
/// have (ESCO v1.1.1 has 75 such rows) is left out with a warning.</para>
/// </remarks>
public static class EscoImporter
{
    /// <summary>The identifier of the imported framework: <c>esco</c>.</summary>
    public const string FrameworkId = "esco";

    /// <summary>The kind of ESCO skill groups (skillGroups_en.csv): <c>skillGroup</c>.</summary>
    public static CompetencyKind SkillGroupKind { get; } = CompetencyKind.FromCode("skillGroup");

    /// <summary>The kind of skills whose <c>skillType</c> is empty (six in v1.1.1): <c>unspecified</c>.</summary>
    public static CompetencyKind UnspecifiedKind { get; } = CompetencyKind.FromCode("unspecified");

    /// <summary>Imports the release in a folder.</summary>
    /// <param name="directory">The folder holding the release's CSV files.</param>
    /// <param name="options">The options; defaults to <see cref="EscoImportOptions.Default"/>.</param>
    /// <param name="progress">Receives the file being read and the records read so far; defaults to none.</param>
    /// <param name="cancellationToken">Cancels the import between records.</param>
    /// <returns>The result: the catalogue when no error was found, and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is blank, or the options name a blank language.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public static EscoImportResult Import(
        string directory,
        EscoImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= EscoImportOptions.Default;
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Language, nameof(options));
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The ESCO release folder '{directory}' does not exist.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var reader = new EscoReader(directory, options, progress, cancellationToken);
        return reader.Run();
    }
}

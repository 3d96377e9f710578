using NodaTime;

namespace RoleModel.Analysis;

/// <summary>
/// Gap analysis of one role against one person on a day, straight over the domain objects. For ranking
/// and coverage over many roles or people, build a FitIndex once.
/// </summary>
public static class FitAnalysis
{
    /// <summary>Analyzes a role, resolved through its templates, against a person's assessments on a day.</summary>
    /// <param name="catalogue">The catalogue that holds the role's templates and the scales.</param>
    /// <param name="role">The role; it need not belong to the catalogue.</param>
    /// <param name="person">The person; it need not belong to the catalogue.</param>
    /// <param name="asOf">The day: assessments made later, or expired by then, do not count.</param>
    /// <param name="options">The settings; defaults to <see cref="AnalysisOptions.Default"/>.</param>
    /// <returns>The analysis, one entry per effective requirement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/>, <paramref name="role"/> or <paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">A scale mapping names a level its scales do not have.</exception>
    /// <exception cref="InvalidOperationException">A template of the role is missing, or derivation forms a cycle.</exception>
    public static GapAnalysis Analyze(Catalogue catalogue, Role role, Person person, LocalDate asOf, AnalysisOptions? options = null)
    {
        Preconditions.CheckNotNull(catalogue);
        Preconditions.CheckNotNull(role);
        Preconditions.CheckNotNull(person);
        options ??= AnalysisOptions.Default;
        return new GapAnalyzer(new ScaleTable(catalogue, options), options, asOf).Analyze(catalogue.Resolve(role), person);
    }

    /// <summary>Analyzes the role of a snapshot (the role as it stood on its day) against a person's assessments on a day.</summary>
    /// <param name="catalogue">The catalogue that holds the role's templates and the scales.</param>
    /// <param name="snapshot">The role as it stood on a day, for example projected from its history.</param>
    /// <param name="person">The person; it need not belong to the catalogue.</param>
    /// <param name="asOf">The day: assessments made later, or expired by then, do not count.</param>
    /// <param name="options">The settings; defaults to <see cref="AnalysisOptions.Default"/>.</param>
    /// <returns>The analysis, one entry per effective requirement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/>, <paramref name="snapshot"/> or <paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">A scale mapping names a level its scales do not have.</exception>
    /// <exception cref="InvalidOperationException">A template of the role is missing, or derivation forms a cycle.</exception>
    public static GapAnalysis Analyze(Catalogue catalogue, RoleSnapshot snapshot, Person person, LocalDate asOf, AnalysisOptions? options = null) =>
        Analyze(catalogue, Preconditions.CheckNotNull(snapshot).Role, person, asOf, options);
}

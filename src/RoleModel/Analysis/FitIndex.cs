using NodaTime;

namespace RoleModel.Analysis;

/// <summary>
/// The roles and people of a catalogue compiled once for one day, for fast ranking and coverage:
/// competency identifiers interned to numbers, the effective requirements of every role as flat arrays,
/// and per person the latest valid held level of each required competency. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Scores are the same as <see cref="FitAnalysis"/> computes (see docs/analysis.md); the index only
/// makes them cheap: scoring one candidate allocates nothing. Build a new index when the catalogue or the
/// day changes.</para>
/// <para>Equality: reference equality (an index is a cache, not a value).</para>
/// </remarks>
public sealed partial class FitIndex
{
    private readonly ScaleTable scales;
    private readonly RoleTable roles;
    private readonly PersonTable people;
    private readonly FitKernel kernel;
    private readonly GapAnalyzer analyzer;

    /// <summary>Compiles the roles (resolved through their templates) and the people of a catalogue for a day.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="asOf">The day: assessments made later, or expired by then, do not count.</param>
    /// <param name="options">The settings; defaults to <see cref="AnalysisOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    /// <exception cref="ArgumentException">A scale mapping names a level its scales do not have.</exception>
    /// <exception cref="InvalidOperationException">A role's template is missing, or derivation forms a cycle.</exception>
    public FitIndex(Catalogue catalogue, LocalDate asOf, AnalysisOptions? options = null)
    {
        Catalogue = Preconditions.CheckNotNull(catalogue);
        AsOf = asOf;
        Options = options ?? AnalysisOptions.Default;
        scales = new ScaleTable(catalogue, Options);
        roles = new RoleTable(catalogue, scales);
        people = new PersonTable(catalogue.People, roles.Competencies, scales, asOf);
        kernel = new FitKernel(roles, people, scales, Options.EssentialShare);
        analyzer = new GapAnalyzer(scales, Options, asOf);
    }

    /// <summary>The catalogue the index was built from.</summary>
    public Catalogue Catalogue { get; }

    /// <summary>The day of the analysis.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The settings.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The gap analysis of a role of the catalogue against a person of the catalogue.</summary>
    /// <param name="roleId">The role identifier.</param>
    /// <param name="personId">The person identifier.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">The catalogue has no role or no person with that identifier.</exception>
    public GapAnalysis Analyze(string roleId, string personId) =>
        analyzer.Analyze(roles.Effective[RoleIndex(roleId)], people.People[PersonIndex(personId)]);

    private int RoleIndex(string roleId, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(roleId))] string? name = null) =>
        roles.IndexById.TryGetValue(Preconditions.CheckNotNull(roleId, name), out var r) ? r
            : throw new ArgumentException($"The role '{roleId}' must be a role of the catalogue.", name);

    private int PersonIndex(string personId, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(personId))] string? name = null) =>
        people.IndexById.TryGetValue(Preconditions.CheckNotNull(personId, name), out var p) ? p
            : throw new ArgumentException($"The person '{personId}' must be a person of the catalogue.", name);

    private static void CheckCount(int count, string name)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(name, count, "The number of hits must be positive.");
        }
    }
}

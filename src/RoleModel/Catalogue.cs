using System.Collections.Immutable;
using RoleModel.History;
using RoleModel.Validation;

namespace RoleModel;

/// <summary>
/// Everything one document holds: competency frameworks, roles, people and role histories, validated together. Immutable.
/// </summary>
/// <remarks>
/// <para>A catalogue may be constructed from parts that do not fit together (a dangling reference, a
/// duplicate identifier): <see cref="Validate()"/> reports all such problems at once, with their JSON paths.
/// The JSON reader always validates.</para>
/// <para>Lookups index the parts once, at construction; where an identifier occurs twice they return the first.
/// Competency and scale identifiers are unique across all frameworks of a catalogue.</para>
/// <para>A role history belongs to a role of the catalogue: its baseline is that role (JSON names it by its
/// identifier and does not repeat it), and a role has at most one history.</para>
/// <para>Equality: all members equal, collections in the same order.</para>
/// </remarks>
public sealed class Catalogue : IEquatable<Catalogue>
{
    /// <summary>A catalogue with nothing in it.</summary>
    public static Catalogue Empty { get; } = new();

    private readonly Dictionary<string, CompetencyFramework> frameworkById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Competency> competencyById;
    private readonly Dictionary<string, ProficiencyScale> scaleById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Role> roleById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> personById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RoleHistory> historyByRoleId = new(StringComparer.Ordinal);

    /// <summary>Creates a catalogue.</summary>
    /// <param name="frameworks">The competency frameworks; defaults to none.</param>
    /// <param name="roles">The roles; defaults to none.</param>
    /// <param name="people">The people; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <param name="histories">The role histories, each starting from a role of the catalogue; defaults to none.</param>
    /// <param name="lineage">The dated facts of which role descends from which; defaults to none.</param>
    /// <param name="identity">Who the catalogue is and which release (format 1.1); defaults to none.</param>
    /// <param name="imports">The catalogues this document uses (format 1.1, see <see cref="CatalogueImport"/>); defaults to none.</param>
    /// <exception cref="ArgumentException">A collection holds null.</exception>
    public Catalogue(
        IEnumerable<CompetencyFramework>? frameworks = null,
        IEnumerable<Role>? roles = null,
        IEnumerable<Person>? people = null,
        ExtensionData? extensions = null,
        IEnumerable<RoleHistory>? histories = null,
        IEnumerable<RoleLineage>? lineage = null,
        CatalogueIdentity? identity = null,
        IEnumerable<CatalogueImport>? imports = null)
    {
        Identity = identity;
        Imports = Preconditions.CheckItems(imports);
        Frameworks = Preconditions.CheckItems(frameworks);
        Roles = Preconditions.CheckItems(roles);
        People = Preconditions.CheckItems(people);
        Histories = Preconditions.CheckItems(histories);
        Lineage = Preconditions.CheckItems(lineage);
        Extensions = extensions ?? ExtensionData.Empty;

        // One framework's index is the catalogue's (both keep the first of an identifier that occurs twice).
        competencyById = Frameworks.Length == 1 ? Frameworks[0].CompetencyIndex : new(StringComparer.Ordinal);
        foreach (var framework in Frameworks)
        {
            frameworkById.TryAdd(framework.Id, framework);
            foreach (var scale in framework.Scales)
            {
                scaleById.TryAdd(scale.Id, scale);
            }

            if (Frameworks.Length > 1)
            {
                foreach (var competency in framework.Competencies)
                {
                    competencyById.TryAdd(competency.Id, competency);
                }
            }
        }

        foreach (var role in Roles)
        {
            roleById.TryAdd(role.Id, role);
        }

        foreach (var person in People)
        {
            personById.TryAdd(person.Id, person);
        }

        foreach (var history in Histories)
        {
            historyByRoleId.TryAdd(history.RoleId, history);
        }
    }

    /// <summary>The competency frameworks.</summary>
    public ImmutableArray<CompetencyFramework> Frameworks { get; }

    /// <summary>The roles.</summary>
    public ImmutableArray<Role> Roles { get; }

    /// <summary>The people.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>The role histories: how roles and their task profiles changed over time.</summary>
    public ImmutableArray<RoleHistory> Histories { get; }

    /// <summary>The dated facts of which role was created from, split from or merged with which (see <see cref="RoleLineage"/>).</summary>
    public ImmutableArray<RoleLineage> Lineage { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Who the catalogue is and which release, or null when the document does not say.</summary>
    public CatalogueIdentity? Identity { get; }

    /// <summary>
    /// The catalogues this document uses, in declared order. The catalogue holds only the document's own content:
    /// the composed view with the imported parts is <see cref="Serialization.CompositionResult.Composed"/>.
    /// </summary>
    public ImmutableArray<CatalogueImport> Imports { get; }

    /// <summary>This catalogue with other competency frameworks; every other member is kept.</summary>
    /// <param name="frameworks">The frameworks, in order.</param>
    /// <returns>The catalogue with those frameworks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="frameworks"/> holds null.</exception>
    public Catalogue WithFrameworks(IEnumerable<CompetencyFramework> frameworks) =>
        new(Preconditions.CheckNotNull(frameworks), Roles, People, Extensions, Histories, Lineage, Identity, Imports);

    /// <summary>This catalogue with other roles; every other member is kept (a history of a role no longer here is then a validation problem).</summary>
    /// <param name="roles">The roles, in order.</param>
    /// <returns>The catalogue with those roles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roles"/> holds null.</exception>
    public Catalogue WithRoles(IEnumerable<Role> roles) =>
        new(Frameworks, Preconditions.CheckNotNull(roles), People, Extensions, Histories, Lineage, Identity, Imports);

    /// <summary>This catalogue with other people; every other member is kept.</summary>
    /// <param name="people">The people, in order.</param>
    /// <returns>The catalogue with those people.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="people"/> holds null.</exception>
    public Catalogue WithPeople(IEnumerable<Person> people) =>
        new(Frameworks, Roles, Preconditions.CheckNotNull(people), Extensions, Histories, Lineage, Identity, Imports);

    /// <summary>
    /// This catalogue with other role histories; every other member is kept. To add changes to a history with the checks of
    /// <c>rolemodel append</c>, use <see cref="Record(string, IEnumerable{RoleChange})"/>.
    /// </summary>
    /// <param name="histories">The histories, in order.</param>
    /// <returns>The catalogue with those histories.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="histories"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="histories"/> holds null.</exception>
    public Catalogue WithHistories(IEnumerable<RoleHistory> histories) =>
        new(Frameworks, Roles, People, Extensions, Preconditions.CheckNotNull(histories), Lineage, Identity, Imports);

    /// <summary>This catalogue with other lineage facts; every other member is kept.</summary>
    /// <param name="lineage">The lineage facts, in order.</param>
    /// <returns>The catalogue with that lineage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineage"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lineage"/> holds null.</exception>
    public Catalogue WithLineage(IEnumerable<RoleLineage> lineage) =>
        new(Frameworks, Roles, People, Extensions, Histories, Preconditions.CheckNotNull(lineage), Identity, Imports);

    /// <summary>This catalogue with other unknown JSON members; every other member is kept.</summary>
    /// <param name="extensions">The members, <see cref="ExtensionData.Empty"/> for none.</param>
    /// <returns>The catalogue with those members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    public Catalogue WithExtensions(ExtensionData extensions) =>
        new(Frameworks, Roles, People, Preconditions.CheckNotNull(extensions), Histories, Lineage, Identity, Imports);

    /// <summary>
    /// Records changes at the end of a role's history (starting one from the role when it has none) with the checks of
    /// <c>rolemodel append</c>: the catalogue with the changes is validated as a whole (<see cref="Validate()"/>, which checks
    /// each change against the role as it stands on the change's day), and only a catalogue without errors is the result.
    /// Every other member is kept.
    /// </summary>
    /// <remarks>The catalogue is checked on its own, as <see cref="Validate()"/> checks it: a document that imports other
    /// catalogues is checked with them by reading it again with <see cref="Serialization.CatalogueComposer"/>.</remarks>
    /// <param name="roleId">The role whose history receives the changes (ordinal).</param>
    /// <param name="changes">The changes, in recorded order, each recorded no earlier than the history's last change.</param>
    /// <returns>The catalogue with the changes, or the located problems (JSONPaths in the written document) that refused them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> or <paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The catalogue has no role <paramref name="roleId"/>; there is no change; or a change is null, recorded before the one
    /// preceding it, or repeats an identifier of the history (see <see cref="RoleHistory.Append(IEnumerable{RoleChange})"/>).
    /// </exception>
    public RecordingResult Record(string roleId, IEnumerable<RoleChange> changes)
    {
        var role = FindRole(Preconditions.CheckNotNull(roleId))
            ?? throw new ArgumentException($"The catalogue has no role '{roleId}' to record changes for.", nameof(roleId));
        Preconditions.CheckNotNull(changes);
        var added = Preconditions.CheckItems(changes);
        if (added.IsEmpty)
        {
            throw new ArgumentException("There is no change to record.", nameof(changes));
        }

        var index = -1;
        for (var i = 0; i < Histories.Length && index < 0; i++)
        {
            index = string.Equals(Histories[i].RoleId, role.Id, StringComparison.Ordinal) ? i : -1;
        }

        var recorded = index >= 0
            ? WithHistories(Histories.SetItem(index, Histories[index].Append(added)))
            : WithHistories(Histories.Add(new RoleHistory(role, added)));
        var report = recorded.Validate();
        return report.IsValid ? RecordingResult.Recorded(recorded, report) : RecordingResult.Refused(this, report);
    }

    /// <summary>This catalogue with another identity.</summary>
    /// <param name="identity">The identity, or null for none.</param>
    /// <returns>The catalogue with that identity.</returns>
    public Catalogue WithIdentity(CatalogueIdentity? identity) => new(Frameworks, Roles, People, Extensions, Histories, Lineage, identity, Imports);

    /// <summary>This catalogue with other import declarations.</summary>
    /// <param name="imports">The imports, in order.</param>
    /// <returns>The catalogue with those imports.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imports"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="imports"/> holds null.</exception>
    public Catalogue WithImports(IEnumerable<CatalogueImport> imports) =>
        new(Frameworks, Roles, People, Extensions, Histories, Lineage, Identity, Preconditions.CheckNotNull(imports));

    /// <summary>The framework with an identifier, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The framework, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public CompetencyFramework? FindFramework(string id) => frameworkById.GetValueOrDefault(Preconditions.CheckNotNull(id));

    /// <summary>The competency with an identifier, in any framework, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The competency, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Competency? FindCompetency(string id) => competencyById.GetValueOrDefault(Preconditions.CheckNotNull(id));

    /// <summary>The proficiency scale with an identifier, in any framework, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The scale, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ProficiencyScale? FindScale(string id) => scaleById.GetValueOrDefault(Preconditions.CheckNotNull(id));

    /// <summary>The role with an identifier, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The role, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Role? FindRole(string id) => roleById.GetValueOrDefault(Preconditions.CheckNotNull(id));

    /// <summary>The person with an identifier, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The person, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Person? FindPerson(string id) => personById.GetValueOrDefault(Preconditions.CheckNotNull(id));

    /// <summary>The history of a role, or null when the role has none.</summary>
    /// <param name="roleId">The role's identifier (ordinal).</param>
    /// <returns>The history, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    public RoleHistory? FindHistory(string roleId) => historyByRoleId.GetValueOrDefault(Preconditions.CheckNotNull(roleId));

    /// <summary>
    /// The effective definition of a role: for a derived role, its template's effective definition with the
    /// role's own parts laid over it (see <see cref="RoleTemplate"/>); an underived role is returned as it is.
    /// </summary>
    /// <param name="role">The role; it need not belong to this catalogue, but its templates must.</param>
    /// <returns>An underived role with the effective requirements, areas, purpose, outcomes and tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A template is missing, or derivation forms a cycle.</exception>
    public Role Resolve(Role role) => RoleResolver.Resolve(this, Preconditions.CheckNotNull(role));

    /// <summary>
    /// Checks the catalogue as a whole and reports every problem found, including those of each role history
    /// (see <see cref="RoleHistory.Validate"/>), located at <c>$.histories[i]</c>.
    /// </summary>
    /// <remarks>The catalogue is checked on its own: references into its <see cref="Imports"/> are unresolved
    /// here. <see cref="Serialization.CatalogueComposer"/> checks a document together with what it imports.</remarks>
    /// <returns>The report; <see cref="ValidationReport.IsValid"/> when no error was found.</returns>
    public ValidationReport Validate() => new CatalogueValidator(this).ValidateCatalogue();

    /// <summary>
    /// Checks a role's task profile on one day against the role and this catalogue: unique task identifiers,
    /// resolvable areas, competencies and levels, active shares not above 100 %, the self-directed share within
    /// the openness bounds, no self-initiated task in a fixed role, area shares within their expected ranges.
    /// </summary>
    /// <param name="snapshot">The role and its task profile.</param>
    /// <param name="tasksPath">The JSONPath of the task array in the document; defaults to <c>$.tasks</c>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="tasksPath"/> is null.</exception>
    public ValidationReport Validate(RoleSnapshot snapshot, string tasksPath = "$.tasks") =>
        new CatalogueValidator(this).ValidateSnapshot(Preconditions.CheckNotNull(snapshot), Preconditions.CheckNotNull(tasksPath));

    /// <inheritdoc />
    public bool Equals(Catalogue? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equality.Sequence(Frameworks, other.Frameworks)
            && Equality.Sequence(Roles, other.Roles)
            && Equality.Sequence(People, other.People)
            && Equality.Sequence(Histories, other.Histories)
            && Equality.Sequence(Lineage, other.Lineage)
            && Extensions.Equals(other.Extensions)
            && Equals(Identity, other.Identity)
            && Equality.Sequence(Imports, other.Imports));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Catalogue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Frameworks.Length, Roles.Length, People.Length, Histories.Length);
}

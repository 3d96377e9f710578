using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// The definition of a role: what it is for (purpose, outcomes), what it needs (competency requirements),
/// where its work lies (responsibility areas) and how free it is to find its own tasks (openness). Immutable.
/// </summary>
/// <remarks>
/// <para>A role holds no task list: its tasks form a <see cref="TaskProfile"/> that is projected from the
/// role's dated history, and a <see cref="RoleSnapshot"/> pairs the two for one day.</para>
/// <para>A role may derive from a template role (<see cref="Template"/>); <see cref="Catalogue.Resolve"/>
/// turns it into its effective definition.</para>
/// <para>Equality: all members equal, collections in the same order.</para>
/// </remarks>
public sealed class Role : IEquatable<Role>
{
    /// <summary>Creates a role.</summary>
    /// <param name="id">The identifier, unique in a catalogue.</param>
    /// <param name="title">The title.</param>
    /// <param name="openness">The degree of freedom; defaults to none stated: <see cref="RoleOpenness.Fixed"/> for a role without a
    /// template, the template's effective openness for a derived role (see <see cref="Catalogue.Resolve"/>).</param>
    /// <param name="purpose">What the role is for; defaults to empty.</param>
    /// <param name="outcomes">The results the role is expected to achieve; defaults to none.</param>
    /// <param name="requirements">The competency requirements; defaults to none.</param>
    /// <param name="areas">The responsibility areas; defaults to none.</param>
    /// <param name="template">The template the role derives from; defaults to none.</param>
    /// <param name="tags">Free tags, distinct; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier or a tag is blank, a tag repeats, or a collection holds null.</exception>
    public Role(
        string id,
        LocalizedText title,
        RoleOpenness? openness = null,
        LocalizedText? purpose = null,
        IEnumerable<LocalizedText>? outcomes = null,
        IEnumerable<CompetencyRequirement>? requirements = null,
        IEnumerable<ResponsibilityArea>? areas = null,
        RoleTemplate? template = null,
        IEnumerable<string>? tags = null,
        ExtensionData? extensions = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Title = Preconditions.CheckNotNull(title);
        OwnOpenness = openness;
        Purpose = purpose ?? LocalizedText.Empty;
        Outcomes = Preconditions.CheckItems(outcomes);
        Requirements = Preconditions.CheckItems(requirements);
        Areas = Preconditions.CheckItems(areas);
        Template = template;
        Tags = Preconditions.CheckDistinctIdentifiers(tags);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier, unique in a catalogue.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>
    /// The degree of freedom the role states, <see cref="RoleOpenness.Fixed"/> when it states none. A derived role that states
    /// none takes its template's: its effective openness is that of <see cref="Catalogue.Resolve"/>.
    /// </summary>
    public RoleOpenness Openness => OwnOpenness ?? RoleOpenness.Fixed;

    /// <summary>The degree of freedom the role states itself, or null when it states none (JSON: no <c>openness</c>).</summary>
    public RoleOpenness? OwnOpenness { get; }

    /// <summary>What the role is for, possibly empty.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>The results the role is expected to achieve.</summary>
    public ImmutableArray<LocalizedText> Outcomes { get; }

    /// <summary>The role's own competency requirements (for a derived role, without the inherited ones).</summary>
    public ImmutableArray<CompetencyRequirement> Requirements { get; }

    /// <summary>The role's own responsibility areas (for a derived role, without the inherited ones).</summary>
    public ImmutableArray<ResponsibilityArea> Areas { get; }

    /// <summary>The template the role derives from, or null.</summary>
    public RoleTemplate? Template { get; }

    /// <summary>Free tags.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>The requirement with an identifier among the role's own, or null.</summary>
    /// <param name="id">The requirement identifier (ordinal).</param>
    /// <returns>The requirement, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public CompetencyRequirement? FindRequirement(string id)
    {
        Preconditions.CheckNotNull(id);
        return Requirements.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
    }

    /// <summary>The responsibility area with an identifier among the role's own, or null.</summary>
    /// <param name="id">The area identifier (ordinal).</param>
    /// <returns>The area, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ResponsibilityArea? FindArea(string id)
    {
        Preconditions.CheckNotNull(id);
        return Areas.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
    }

    /// <summary>A copy with other requirements.</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>The new role.</returns>
    public Role WithRequirements(IEnumerable<CompetencyRequirement> requirements) =>
        new(Id, Title, OwnOpenness, Purpose, Outcomes, Preconditions.CheckNotNull(requirements), Areas, Template, Tags, Extensions);

    /// <summary>A copy with other responsibility areas.</summary>
    /// <param name="areas">The areas.</param>
    /// <returns>The new role.</returns>
    public Role WithAreas(IEnumerable<ResponsibilityArea> areas) =>
        new(Id, Title, OwnOpenness, Purpose, Outcomes, Requirements, Preconditions.CheckNotNull(areas), Template, Tags, Extensions);

    /// <summary>A copy with another openness, or none stated (a derived role then takes its template's).</summary>
    /// <param name="openness">The openness, or null for none stated.</param>
    /// <returns>The new role.</returns>
    public Role WithOpenness(RoleOpenness? openness) =>
        new(Id, Title, openness, Purpose, Outcomes, Requirements, Areas, Template, Tags, Extensions);

    /// <summary>A copy with another template, or none.</summary>
    /// <param name="template">The template, or null for an underived role.</param>
    /// <returns>The new role.</returns>
    public Role WithTemplate(RoleTemplate? template) =>
        new(Id, Title, OwnOpenness, Purpose, Outcomes, Requirements, Areas, template, Tags, Extensions);

    /// <summary>A copy with another title, purpose and outcomes.</summary>
    /// <param name="title">The title.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The new role.</returns>
    public Role WithDescription(LocalizedText title, LocalizedText purpose, IEnumerable<LocalizedText> outcomes) =>
        new(Id, Preconditions.CheckNotNull(title), OwnOpenness, Preconditions.CheckNotNull(purpose), Preconditions.CheckNotNull(outcomes), Requirements, Areas, Template, Tags, Extensions);

    /// <inheritdoc />
    public bool Equals(Role? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Title.Equals(other.Title)
            && Equals(OwnOpenness ?? Unstated(), other.OwnOpenness ?? other.Unstated())
            && Purpose.Equals(other.Purpose)
            && Equality.Sequence(Outcomes, other.Outcomes)
            && Equality.Sequence(Requirements, other.Requirements)
            && Equality.Sequence(Areas, other.Areas)
            && Equals(Template, other.Template)
            && Equality.Sequence(Tags, other.Tags)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Role);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Openness, Requirements.Length, Template);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;

    /// <summary>What an unstated openness means for equality: fixed for an underived role (stated or not, the same role); for a derived role, unstated (inherited) differs from any stated one.</summary>
    private RoleOpenness? Unstated() => Template is null ? RoleOpenness.Fixed : null;
}

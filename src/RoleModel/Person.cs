using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// A role holder or candidate under a pseudonymous identifier, with dated competency assessments and role
/// assignments. Immutable.
/// </summary>
/// <remarks>
/// RoleModel stores no names or contact data: the identifier links to the HR system that holds them.
/// Equality: all members equal, collections in the same order.
/// </remarks>
public sealed class Person : IEquatable<Person>
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The pseudonymous identifier, unique in a catalogue.</param>
    /// <param name="assessments">The competency assessments; defaults to none.</param>
    /// <param name="assignments">The role assignments; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank, or a collection holds null.</exception>
    public Person(
        string id,
        IEnumerable<CompetencyAssessment>? assessments = null,
        IEnumerable<RoleAssignment>? assignments = null,
        ExtensionData? extensions = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Assessments = Preconditions.CheckItems(assessments);
        Assignments = Preconditions.CheckItems(assignments);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The pseudonymous identifier.</summary>
    public string Id { get; }

    /// <summary>The competency assessments, in document order.</summary>
    public ImmutableArray<CompetencyAssessment> Assessments { get; }

    /// <summary>The role assignments, in document order.</summary>
    public ImmutableArray<RoleAssignment> Assignments { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(Person? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Equality.Sequence(Assessments, other.Assessments)
            && Equality.Sequence(Assignments, other.Assignments)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Person);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Assessments.Length, Assignments.Length);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}

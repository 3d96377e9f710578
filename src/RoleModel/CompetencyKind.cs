namespace RoleModel;

/// <summary>
/// What sort of competency something is: a skill, knowledge, an ability, an attitude, or a kind of a
/// catalogue's own. An extensible set of values, compared by their code. Immutable.
/// </summary>
/// <remarks>Equality: the same code (ordinal). Codes are camelCase by convention, as in JSON.</remarks>
public sealed class CompetencyKind : IEquatable<CompetencyKind>
{
    /// <summary>Being able to do something (ESCO "skill/competence").</summary>
    public static CompetencyKind Skill { get; } = new("skill");

    /// <summary>Knowing something (ESCO "knowledge").</summary>
    public static CompetencyKind Knowledge { get; } = new("knowledge");

    /// <summary>An enduring capacity, as in O*NET's abilities.</summary>
    public static CompetencyKind Ability { get; } = new("ability");

    /// <summary>An attitude or transversal competency, such as working with others.</summary>
    public static CompetencyKind Attitude { get; } = new("attitude");

    private CompetencyKind(string code) => Code = code;

    /// <summary>The code, such as <c>skill</c>.</summary>
    public string Code { get; }

    /// <summary>The kind with a code: one of the well-known instances, or a new custom kind.</summary>
    /// <param name="code">The code, such as <c>skill</c> or a catalogue's own.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or padded with white space.</exception>
    public static CompetencyKind FromCode(string code)
    {
        Preconditions.CheckIdentifier(code);
        foreach (var known in new[] { Skill, Knowledge, Ability, Attitude })
        {
            if (string.Equals(known.Code, code, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return new CompetencyKind(code);
    }

    /// <summary>Whether this is one of the kinds RoleModel defines.</summary>
    public bool IsWellKnown => ReferenceEquals(this, Skill) || ReferenceEquals(this, Knowledge)
        || ReferenceEquals(this, Ability) || ReferenceEquals(this, Attitude);

    /// <inheritdoc />
    public bool Equals(CompetencyKind? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetencyKind);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}

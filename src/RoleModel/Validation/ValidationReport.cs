using System.Collections.Immutable;

namespace RoleModel.Validation;

/// <summary>All problems found in one validation run, in the order found. Immutable.</summary>
/// <remarks>Equality: the same problems in the same order.</remarks>
public sealed class ValidationReport : IEquatable<ValidationReport>
{
    /// <summary>A report without problems.</summary>
    public static ValidationReport Valid { get; } = new([]);

    /// <summary>Creates a report.</summary>
    /// <param name="problems">The problems.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> holds null.</exception>
    public ValidationReport(IEnumerable<ValidationProblem> problems) =>
        Problems = Preconditions.CheckItems(Preconditions.CheckNotNull(problems), nameof(problems));

    /// <summary>The problems, in the order found.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Whether there is no error (warnings allowed).</summary>
    public bool IsValid => !Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The problems of severity error.</summary>
    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    /// <summary>The problems of severity warning.</summary>
    public IEnumerable<ValidationProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>This report followed by another's problems.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>The combined report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public ValidationReport Concat(ValidationReport other) =>
        Preconditions.CheckNotNull(other).Problems.IsEmpty ? this : new(Problems.AddRange(other.Problems));

    /// <inheritdoc />
    public bool Equals(ValidationReport? other) => other is not null && Equality.Sequence(Problems, other.Problems);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationReport);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.SequenceHash(Problems);

    /// <summary>One problem a line.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}

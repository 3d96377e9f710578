namespace RoleModel.Evolution;

/// <summary>How <see cref="TaskPatterns"/> and <see cref="TemplateEvolution"/> compare tasks. Immutable.</summary>
public sealed class PatternOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="similarity">How task texts are compared; defaults to <see cref="LexicalTaskSimilarity.Default"/>.</param>
    /// <param name="threshold">The similarity, in (0, 1], from which two tasks count as the same work; defaults to 0.35, chosen on the bundled sample (see docs/evolution.md).</param>
    /// <param name="minimumRoles">The number of different roles a group of tasks needs to be a pattern, and to be emerging; at least 2, defaults to 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1], or <paramref name="minimumRoles"/> is less than 2.</exception>
    public PatternOptions(ITaskSimilarity? similarity = null, double threshold = 0.35, int minimumRoles = 2)
    {
        if (!(threshold > 0d && threshold <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The similarity threshold must be greater than 0 and at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minimumRoles, 2);
        Similarity = similarity ?? LexicalTaskSimilarity.Default;
        Threshold = threshold;
        MinimumRoles = minimumRoles;
    }

    /// <summary>The default options.</summary>
    public static PatternOptions Default { get; } = new();

    /// <summary>How task texts are compared.</summary>
    public ITaskSimilarity Similarity { get; }

    /// <summary>The similarity from which two tasks count as the same work.</summary>
    public double Threshold { get; }

    /// <summary>The number of different roles a group of tasks needs to be a pattern.</summary>
    public int MinimumRoles { get; }
}

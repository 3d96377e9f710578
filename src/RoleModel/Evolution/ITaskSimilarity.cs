namespace RoleModel.Evolution;

/// <summary>
/// Scores how similar task texts are, for finding the same work worded differently in different roles
/// (<see cref="TaskPatterns"/>, <see cref="TemplateEvolution"/>). The default is
/// <see cref="LexicalTaskSimilarity"/>; an embedding model can be plugged in by implementing this interface.
/// </summary>
/// <remarks>
/// The texts are prepared once, so that an implementation can compute what it needs from the whole set
/// (word statistics, or one batch of embeddings) before pairs are scored.
/// </remarks>
public interface ITaskSimilarity
{
    /// <summary>Prepares a set of task texts (typically task titles, in every language they have) for scoring.</summary>
    /// <param name="texts">The texts; positions in this list are the indexes the returned function takes.</param>
    /// <returns>
    /// A function scoring the texts at two positions: in [0, 1], symmetric, 1 for a text with itself, and the
    /// same value every time for the same input (grouping relies on it being deterministic).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts);

    /// <summary>
    /// Prepares a set of task texts for grouping: what <see cref="Prepare"/> does, plus a way to find the pairs above a
    /// threshold. The default compares every pair (time grows with the square of the number of texts); an implementation
    /// with an index overrides it.
    /// </summary>
    /// <param name="texts">The texts; positions in this list are the positions the index takes.</param>
    /// <returns>The prepared texts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    TaskTextIndex Index(IReadOnlyList<LocalizedText> texts) => TaskTextIndex.AllPairs(Prepare(texts), Preconditions.CheckNotNull(texts).Count);
}

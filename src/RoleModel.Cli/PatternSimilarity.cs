namespace RoleModel.Cli;

/// <summary>How the patterns command compares task titles.</summary>
internal enum PatternSimilarity
{
    /// <summary>Words and character trigrams in every language (no model needed).</summary>
    Lexical,

    /// <summary>The embedding model's cosine (English titles where there are some).</summary>
    Embeddings,

    /// <summary>What work the tasks are: the activities a suggester over a labelled reference document (<c>--reference</c>) predicts for each, mixed with the embeddings.</summary>
    Activities,
}

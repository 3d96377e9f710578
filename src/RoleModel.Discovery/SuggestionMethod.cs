namespace RoleModel.Discovery;

/// <summary>How the suggester compares a text with the indexed tasks and activity titles.</summary>
public enum SuggestionMethod
{
    /// <summary>TF-IDF over words: the lexical baseline.</summary>
    Words,

    /// <summary>TF-IDF over character n-grams (3 to 5) of the words: lexical, tolerant of inflection and compounds, any language.</summary>
    CharacterNGrams,

    /// <summary>The cosine of the embeddings of the embedding generator.</summary>
    Embeddings,

    /// <summary>A weighted sum of the embedding cosine and the character n-gram cosine; for text guessed German, the character n-grams alone.</summary>
    Combined,
}

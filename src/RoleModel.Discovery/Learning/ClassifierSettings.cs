namespace RoleModel.Discovery.Learning;

/// <summary>How the <see cref="ActivityClassifier"/> is trained; the defaults were chosen on held-out O*NET tasks (docs/discovery.md).</summary>
/// <param name="Epochs">Passes over the examples.</param>
/// <param name="LearningRate">The step of the first pass; it falls linearly to a tenth of it at the last.</param>
/// <param name="WeightDecay">The share by which the weights shrink after each pass (L2 regularisation).</param>
/// <param name="Candidates">How many activities, by the similarity of their centroid, a text is scored against (besides its own).</param>
/// <param name="Seed">The seed of the shuffled order of the examples in each pass.</param>
/// <param name="CharacterNGrams">Whether the character n-grams of the words (3 to 5) are features too, besides words and word pairs.</param>
internal sealed record ClassifierSettings(int Epochs = 8, float LearningRate = 0.5f, float WeightDecay = 0.01f, int Candidates = 50, int Seed = 25, bool CharacterNGrams = false)
{
    public static ClassifierSettings Default { get; } = new();
}

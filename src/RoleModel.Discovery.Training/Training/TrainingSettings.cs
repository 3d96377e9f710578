namespace RoleModel.Discovery.Training.Training;

/// <summary>The settings of a training run (the defaults are those of the shipped layers).</summary>
/// <param name="TopLayers">How many of the 6 transformer layers, counted from the top, are trained (1 to 6; default 6, all of them).</param>
/// <param name="LearningRate">The peak learning rate of AdamW (default 5e-5).</param>
/// <param name="Epochs">How many times every pair is seen (default 2).</param>
/// <param name="BatchSize">The largest number of pairs in a batch (default 64).</param>
/// <param name="Seed">The seed of the batch order and of TorchSharp's generator (default 42).</param>
/// <param name="HardNegatives">Whether each pair also brings a sibling DWA (same IWA, not linked to its task) as a hard negative (default no).</param>
/// <param name="TaskPairs">Whether each training task is also paired with another occupation's task of the same DWA (default yes).</param>
internal sealed record TrainingSettings(
    int TopLayers = 6, double LearningRate = 5e-5, int Epochs = 2, int BatchSize = 64, int Seed = 42, bool HardNegatives = false, bool TaskPairs = true)
{
    /// <summary>The scale of the cosine similarities in the in-batch loss (as sentence-transformers' MultipleNegativesRankingLoss).</summary>
    public const float SimilarityScale = 20.0f;

    /// <summary>The weight decay of AdamW.</summary>
    public const double WeightDecay = 0.01;

    /// <summary>The number of threads TorchSharp computes with: part of the recipe, as the order of floating-point sums depends on it.</summary>
    public const int Threads = 2;
}

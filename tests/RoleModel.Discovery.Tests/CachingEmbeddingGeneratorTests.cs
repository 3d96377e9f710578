using RoleModel.Discovery.Embeddings;

namespace RoleModel.Discovery.Tests;

public sealed class CachingEmbeddingGeneratorTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "rolemodel-cache-" + Guid.NewGuid().ToString("N") + ".bin");

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task GenerateAsync_SecondRun_ReadsTheFileInsteadOfTheModel()
    {
        var first = new LetterGenerator();
        using (var cache = new CachingEmbeddingGenerator(first, path, "letters", 26))
        {
            var vectors = await cache.GenerateAsync(["abc", "abd", "abc"]);
            vectors.Select(v => v.Vector.Span[2]).Should().Equal(1f, 0f, 1f);
            cache.Computed.Should().Be(2, "a repeated text is embedded once");
        }

        var second = new LetterGenerator();
        using var again = new CachingEmbeddingGenerator(second, path, "letters", 26);
        var read = await again.GenerateAsync(["abd", "zz"]);

        second.Texts.Should().Be(1, "only the new text goes to the model");
        again.Computed.Should().Be(1);
        read[0].Vector.Span[3].Should().Be(1f);
        read[1].Vector.Span[25].Should().Be(2f);
    }

    [Fact]
    public async Task GenerateAsync_OtherModelOrTruncatedFile_IsNotReused()
    {
        using (var cache = new CachingEmbeddingGenerator(new LetterGenerator(), path, "letters", 26))
        {
            await cache.GenerateAsync(["abc", "xyz"]);
        }

        var other = new LetterGenerator();
        using (var otherModel = new CachingEmbeddingGenerator(other, path, "other-model", 26))
        {
            await otherModel.GenerateAsync(["abc"]);
        }

        other.Texts.Should().Be(1, "embeddings of another model are never used");
        using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(new byte[40]);   // the start of a record cut short
        }

        var model = new LetterGenerator();
        using var truncated = new CachingEmbeddingGenerator(model, path, "other-model", 26);
        await truncated.GenerateAsync(["abc"]);
        model.Texts.Should().Be(0, "the complete record is still read; the cut one is ignored");
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        FluentActions.Invoking(() => new CachingEmbeddingGenerator(null!, path, "m", 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new CachingEmbeddingGenerator(new LetterGenerator(), " ", "m", 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CachingEmbeddingGenerator(new LetterGenerator(), path, "m", 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}

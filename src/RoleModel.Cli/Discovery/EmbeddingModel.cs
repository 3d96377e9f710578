using RoleModel.Discovery.Embeddings;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// The one place where the tool gets its embedding model: every command that compares texts by meaning
/// (<c>suggest</c>, and later pattern grouping) opens the model here, behind the cache file.
/// </summary>
internal static class EmbeddingModel
{
    /// <summary>The default model behind a cache file (<paramref name="cache"/>, or the default one in the user's local
    /// application data).</summary>
    /// <exception cref="UsageException">The folder of a given cache file does not exist.</exception>
    public static CachingEmbeddingGenerator Open(FileInfo? cache)
    {
        var path = cache?.FullName ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "rolemodel", "embeddings-minilm.bin");
        var folder = Path.GetDirectoryName(path)!;
        if (cache is null)
        {
            Directory.CreateDirectory(folder);
        }
        else if (!Directory.Exists(folder))
        {
            throw new UsageException($"The folder of the embedding cache '{cache}' does not exist.");
        }

        return new CachingEmbeddingGenerator(new MiniLmEmbeddingGenerator(), path, MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions);
    }
}

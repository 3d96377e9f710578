using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace RoleModel.Discovery.Embeddings;

/// <summary>
/// Keeps the embeddings of another generator in a file, keyed by the model and the SHA-256 of each text, so that an
/// index of thousands of tasks is embedded once and read back in a moment in later runs.
/// </summary>
/// <remarks>
/// <para>The file starts with <c>RMEMBED1</c>, the model identifier and the number of dimensions; then one record
/// per text: the 32 bytes of the SHA-256 of its UTF-8 bytes and the vector as little-endian 32-bit floats. New
/// texts are appended. A file of another model or dimension count is started afresh; a truncated last record
/// (an interrupted run) is ignored. Not thread-safe, and not safe for two processes writing the same file at once.</para>
/// </remarks>
public sealed class CachingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private static readonly byte[] Magic = "RMEMBED1"u8.ToArray();
    private readonly IEmbeddingGenerator<string, Embedding<float>> inner;
    private readonly string path;
    private readonly string modelId;
    private readonly int dimensions;
    private readonly Dictionary<string, float[]> vectors = new(StringComparer.Ordinal);
    private bool loaded;

    /// <summary>Wraps a generator.</summary>
    /// <param name="inner">The generator that computes embeddings not yet in the file; disposed with this one.</param>
    /// <param name="path">The cache file; created when missing (its folder must exist).</param>
    /// <param name="modelId">The identifier of the model (such as <c>MiniLmEmbeddingGenerator.ModelId</c> of the RoleModel.Discovery.MiniLM package): embeddings of another model are never reused.</param>
    /// <param name="dimensions">The number of dimensions of the model's vectors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/>, <paramref name="path"/> or <paramref name="modelId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="modelId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> is not positive.</exception>
    public CachingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, string path, string modelId, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        (this.inner, this.path, this.modelId, this.dimensions) = (inner, path, modelId, dimensions);
    }

    /// <summary>How many texts the inner generator embedded through this instance (the others came from the file).</summary>
    public int Computed { get; private set; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null or holds null.</exception>
    /// <exception cref="IOException">The cache file cannot be read or written.</exception>
    /// <exception cref="InvalidOperationException">The inner generator returned a vector of another dimension count, or not one vector per text.</exception>
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        if (Array.Exists(texts, t => t is null))
        {
            throw new ArgumentNullException(nameof(values), "The texts hold null.");
        }

        Load();
        var keys = texts.Select(Key).ToArray();
        var missing = keys.Select((k, i) => (k, i)).Where(p => !vectors.ContainsKey(p.k)).DistinctBy(p => p.k).ToList();
        if (missing.Count > 0)
        {
            var computed = await inner.GenerateAsync(missing.Select(p => texts[p.i]), options, cancellationToken).ConfigureAwait(false);
            if (computed.Count != missing.Count)
            {
                throw new InvalidOperationException($"The embedding generator returned {computed.Count} vectors for {missing.Count} texts.");
            }

            Append(missing.Select((p, j) => (p.k, computed[j].Vector.ToArray())).ToList());
            Computed += missing.Count;
        }

        return new GeneratedEmbeddings<Embedding<float>>(keys.Select(k => new Embedding<float>(vectors[k]) { ModelId = modelId }));
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : inner.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    public void Dispose() => inner.Dispose();

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private void Load()
    {
        if (loaded)
        {
            return;
        }

        loaded = true;
        if (!File.Exists(path))
        {
            return;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadString() != modelId || reader.ReadInt32() != dimensions)
            {
                return;
            }

            var record = 32 + (4 * dimensions);
            while (reader.BaseStream.Length - reader.BaseStream.Position >= record)
            {
                var key = Convert.ToHexString(reader.ReadBytes(32));
                var vector = new float[dimensions];
                for (var i = 0; i < dimensions; i++)
                {
                    vector[i] = reader.ReadSingle();
                }

                vectors[key] = vector;
            }
        }
        catch (EndOfStreamException)
        {
            // A header cut short: the file is started afresh on the next write.
        }
    }

    private void Append(List<(string Key, float[] Vector)> records)
    {
        foreach (var (key, vector) in records)
        {
            if (vector.Length != dimensions)
            {
                throw new InvalidOperationException($"The embedding generator returned a vector of {vector.Length} dimensions where {dimensions} were expected.");
            }
        }

        var fresh = vectors.Count == 0;
        using (var writer = new BinaryWriter(new FileStream(path, fresh ? FileMode.Create : FileMode.Append), Encoding.UTF8))
        {
            if (fresh)
            {
                writer.Write(Magic);
                writer.Write(modelId);
                writer.Write(dimensions);
            }

            foreach (var (key, vector) in records)
            {
                writer.Write(Convert.FromHexString(key));
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        foreach (var (key, vector) in records)
        {
            vectors[key] = vector;
        }
    }
}

namespace RoleModel.Serialization;

/// <summary>How <see cref="RoleModelJson.Read(Stream, JsonReadOptions)"/> and <see cref="RoleModelJson.ReadAsync(Stream, JsonReadOptions, CancellationToken)"/> read a stream.</summary>
/// <remarks>
/// <para>A stream that tells its length (a file) and is longer than <see cref="MaximumBytes"/> is refused before
/// anything is read. Any other stream (a pipe, a device, a network stream) is read in chunks of at most 1 MiB and
/// refused as soon as it passes the limit, so at most the limit and one chunk are held in memory.</para>
/// <para>Immutable. Equality: the same limit.</para>
/// </remarks>
public sealed class JsonReadOptions : IEquatable<JsonReadOptions>
{
    /// <summary>The limit of <see cref="Default"/>: 512 MiB (536,870,912 bytes).</summary>
    public const long DefaultMaximumBytes = 512L * 1024 * 1024;

    /// <summary>Creates options.</summary>
    /// <param name="maximumBytes">The size in bytes above which a stream is refused, byte order mark included.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumBytes"/> is below 1 or above <see cref="Array.MaxLength"/> (the largest array .NET can allocate, just under 2 GiB).</exception>
    public JsonReadOptions(long maximumBytes)
    {
        if (maximumBytes < 1 || maximumBytes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumBytes), maximumBytes, $"The size limit must be from 1 to {Array.MaxLength} bytes.");
        }

        MaximumBytes = maximumBytes;
    }

    /// <summary>The options that <see cref="RoleModelJson.Read(Stream)"/> uses: a limit of <see cref="DefaultMaximumBytes"/>.</summary>
    public static JsonReadOptions Default { get; } = new(DefaultMaximumBytes);

    /// <summary>The size in bytes above which a stream is refused with problem <see cref="Validation.ProblemCodes.DocumentTooLarge"/>.</summary>
    public long MaximumBytes { get; }

    /// <inheritdoc />
    public bool Equals(JsonReadOptions? other) => other is not null && MaximumBytes == other.MaximumBytes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JsonReadOptions);

    /// <inheritdoc />
    public override int GetHashCode() => MaximumBytes.GetHashCode();
}

using System.Globalization;

namespace RoleModel.Serialization.Composition;

/// <summary>Reads a stream to its end, but never more than a limit, so that an imported document cannot exhaust memory.</summary>
internal static class BoundedInput
{
    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maximumBytes"/>.</summary>
    internal static ReadOnlyMemory<byte>? Read(Stream stream, long maximumBytes)
    {
        var remaining = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (remaining > maximumBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(remaining >= 0 ? (int)remaining : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>A size in the largest whole unit, such as <c>512 MiB</c>.</summary>
    internal static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB"),
        >= 1024 when bytes % 1024 == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}

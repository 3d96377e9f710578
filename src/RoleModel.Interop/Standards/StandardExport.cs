using System.Collections.Immutable;

namespace RoleModel.Interop.Standards;

/// <summary>An export to another standard: the UTF-8 JSON written and, once, what the target could not carry. Immutable.</summary>
public sealed class StandardExport
{
    internal StandardExport(byte[] utf8Json, IEnumerable<ExportLoss> losses)
    {
        Utf8Json = utf8Json;
        Losses = [.. losses.OrderBy(l => l.Aspect)];
    }

    /// <summary>The document, UTF-8 encoded JSON.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>What the target could not carry, one entry per aspect, in the order of <see cref="LostAspect"/>; empty when nothing was lost.</summary>
    public ImmutableArray<ExportLoss> Losses { get; }
}

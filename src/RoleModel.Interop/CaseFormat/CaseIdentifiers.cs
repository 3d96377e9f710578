using System.Security.Cryptography;
using System.Text;

namespace RoleModel.Interop.CaseFormat;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5) for CASE records: the same framework exported twice gets the same
/// identifiers, and RoleModel identifiers (any string) become the UUIDs CASE requires.
/// </summary>
internal sealed class CaseIdentifiers
{
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private readonly byte[] namespaceBytes;

    public CaseIdentifiers(Uri baseUri) => namespaceBytes = ToBigEndian(Create(ToBigEndian(UrlNamespace), baseUri.AbsoluteUri));

    /// <summary>The UUID of a record of a type (such as <c>CFItem</c>) with a RoleModel key.</summary>
    public string For(string type, string key) => Create(namespaceBytes, type + "\n" + key).ToString("D");

    /// <summary>The version 5 UUID of a name in a namespace (RFC 9562, section 5.5).</summary>
    internal static Guid NameBased(Guid namespaceId, string name) => Create(ToBigEndian(namespaceId), name);

    private static Guid Create(byte[] namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceId.Length + nameBytes.Length];
        namespaceId.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceId.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 UUIDs; no security depends on it.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static byte[] ToBigEndian(Guid guid)
    {
        var bytes = new byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        return bytes;
    }
}

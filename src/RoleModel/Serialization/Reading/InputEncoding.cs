using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// Recognises the two inputs a JSON reader explains badly: an empty document, and one in UTF-16 or UTF-32
/// (by its byte order mark or, without one, by the zero bytes around its first ASCII character, as RFC 4627
/// suggests). Each is one problem that says what the input is and that UTF-8 is needed.
/// </summary>
internal static class InputEncoding
{
    /// <summary>The problem of a document that is empty or not UTF-8 in one of these ways, or null.</summary>
    internal static Located? Check(ReadOnlySpan<byte> utf8)
    {
        if (utf8.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            return new(new(ProblemCodes.JsonSyntax, ProblemSeverity.Error, "$", ProblemMessage.Of("Document.Empty")), utf8.Length);
        }

        return Name(utf8) is { } encoding
            ? new(new(ProblemCodes.JsonSyntax, ProblemSeverity.Error, "$",
                ProblemMessage.Of("Document.NotUtf8", encoding, encoding.Split(' ')[0])), 0)
            : null;
    }

    private static string? Name(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0))
        {
            return "UTF-32BE (big-endian)";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || (b.Length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0))
        {
            return "UTF-32LE (little-endian)";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (b.Length >= 2 && b[0] == 0 && b[1] != 0))
        {
            return "UTF-16BE (big-endian)";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || (b.Length >= 2 && b[0] != 0 && b[1] == 0))
        {
            return "UTF-16LE (little-endian)";
        }

        return null;
    }
}

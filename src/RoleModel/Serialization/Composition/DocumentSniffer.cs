using System.Text.Json;

namespace RoleModel.Serialization.Composition;

/// <summary>Tells, without reporting anything of it, whether an imported file claims to be a RoleModel document.</summary>
internal static class DocumentSniffer
{
    /// <summary>
    /// Whether the text is a JSON object with a string <c>schemaVersion</c> among its top-level members, read up to that
    /// member: text that is not JSON before it, or an object without it, is not a RoleModel document.
    /// </summary>
    internal static bool DeclaresSchemaVersion(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.String;
                }

                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

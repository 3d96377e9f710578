namespace RoleModel.Serialization;

/// <summary>The JSON Schema embedded in the assembly (its source is docs/schema/rolemodel-1.0.schema.json).</summary>
internal static class SchemaResource
{
    internal const string Name = "RoleModel.Serialization.rolemodel-1.0.schema.json";

    private static readonly Lazy<string> Lazy = new(Load);

    internal static string Text => Lazy.Value;

    private static string Load()
    {
        using var stream = typeof(SchemaResource).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"The embedded resource '{Name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

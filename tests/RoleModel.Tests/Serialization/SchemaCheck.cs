using System.Text.Json;
using Json.Schema;

namespace RoleModel.Tests.Serialization;

/// <summary>Validates documents against docs/schema/rolemodel-1.0.schema.json with JsonSchema.Net.</summary>
internal static class SchemaCheck
{
    // Built once: JsonSchema.Net registers a schema under its $id.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(TestPaths.SchemaFile)));

    /// <summary>The errors of the schema itself against the draft 2020-12 meta-schema, empty when it is valid.</summary>
    internal static bool SchemaIsValid()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TestPaths.SchemaFile));
        return MetaSchemas.Draft202012.Evaluate(document.RootElement).IsValid;
    }

    /// <summary>The schema errors of a document, empty when it passes (formats such as <c>date</c> are checked).</summary>
    internal static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        EvaluationResults results;
        try
        {
            results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }
        catch (ArgumentOutOfRangeException e)
        {
            // JsonSchema.Net 8.0.5 throws in its date-time format check for year 0000 (DateTime.DaysInMonth);
            // the schema's pattern refuses such a value already, so it counts as refused.
            return [$"validator failure: {e.Message}"];
        }

        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }
}

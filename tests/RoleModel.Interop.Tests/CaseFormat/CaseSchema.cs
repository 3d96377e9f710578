using System.Text.Json;
using Json.Schema;

namespace RoleModel.Interop.Tests.CaseFormat;

/// <summary>1EdTech's official CASE 1.1 CFPackage schema, loaded once, evaluated with format checks (uuid, date-time).</summary>
internal static class CaseSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(SharedData.Path("case", "schemas", "case-v1p1-cfpackage.official.json"))));

    public static IReadOnlyList<string> Errors(byte[] package)
    {
        using var document = JsonDocument.Parse(package);
        // The flag output is cheap (no annotations are collected); the list output only explains a failure.
        if (Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid)
        {
            return [];
        }

        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? ["The flag and list evaluations disagree."]
            : [.. (result.Details ?? []).Where(d => !d.IsValid)
                .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", (d.Errors ?? new Dictionary<string, string>()).Select(e => e.Key + ": " + e.Value))}")];
    }
}

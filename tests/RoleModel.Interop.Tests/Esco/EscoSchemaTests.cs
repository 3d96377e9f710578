using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RoleModel.Serialization;
using RoleModel.Tests.Serialization.Contract;
using Xunit.Abstractions;

namespace RoleModel.Interop.Tests.Esco;

/// <summary>
/// The contract on a real import: the ESCO v1.1.1 catalogue the reader accepts is valid by the schema
/// (JsonSchema.Net, an independent validator), whole; and seeded mutations of a part of it get the same verdict
/// from reader and schema, but for the rules beyond the schema.
/// </summary>
[Collection(EscoRelease.Name)]
public sealed class EscoSchemaTests(EscoFixture fixture, ITestOutputHelper output)
{
    private const int Mutations = 100;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(RoleModelJson.GetSchema()));

    [DataFact("esco", "v1.1.1")]
    public void Import_AcceptedByTheReader_IsValidBySchema_Whole()
    {
        var json = RoleModelJson.WriteToUtf8Bytes(fixture.Result.Catalogue!, indented: false);
        RoleModelJson.Read(json).Report.Problems.Should().BeEmpty();
        using var document = JsonDocument.Parse(json);
        var clock = Stopwatch.StartNew();
        var valid = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid;
        output.WriteLine($"JsonSchema.Net validated ESCO ({json.Length / 1e6:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s.");
        valid.Should().BeTrue(string.Join("; ", Errors(json).Take(5)));
    }

    [DataFact("esco", "v1.1.1")]
    public void MutatedImportPart_ReaderAndSchemaAgree()
    {
        var part = Part(JsonNode.Parse(RoleModelJson.WriteToUtf8Bytes(fixture.Result.Catalogue!, indented: false))!, roles: 10);
        RoleModelJson.Read(part.ToJsonString()).Report.Problems.Should().BeEmpty("the part keeps every competency its roles name");
        // Each mutation is validated whole by JsonSchema.Net; 100 of a 10-role part keep the suite well within CI time.
        var (counts, leaks) = ContractMutations.Run(part, Mutations, new Random(14), Errors);
        output.WriteLine($"ESCO part: {Mutations} mutations: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}")));
        leaks.Should().BeEmpty();
        counts.GetValueOrDefault("both accept").Should().BeGreaterThan(0);
    }

    /// <summary>The first roles of the catalogue and the competencies they need (with their broader ones), so that every reference resolves.</summary>
    private static JsonObject Part(JsonNode catalogue, int roles)
    {
        var part = (JsonObject)catalogue.DeepClone();
        var kept = new JsonArray([.. part["roles"]!.AsArray().Take(roles).Select(r => r!.DeepClone())]);
        part["roles"] = kept;
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requirement in kept.SelectMany(r => r!["requirements"]?.AsArray() ?? []))
        {
            if (requirement!["competency"] is { } competency)
            {
                needed.Add(competency.GetValue<string>());
            }

            needed.UnionWith((requirement["anyOf"]?.AsArray() ?? []).Select(a => a!.GetValue<string>()));
        }

        var competencies = part["frameworks"]!.AsArray().SelectMany(f => f!["competencies"]?.AsArray() ?? [])
            .ToDictionary(c => c!["id"]!.GetValue<string>(), c => c!, StringComparer.Ordinal);
        for (var queue = new Queue<string>(needed); queue.Count > 0;)
        {
            foreach (var broader in (competencies[queue.Dequeue()]["broader"]?.AsArray() ?? []).Select(b => b!.GetValue<string>()))
            {
                if (needed.Add(broader))
                {
                    queue.Enqueue(broader);
                }
            }
        }

        foreach (var framework in part["frameworks"]!.AsArray())
        {
            if (framework!["competencies"] is JsonArray list)
            {
                framework["competencies"] = new JsonArray([.. list.Where(c => needed.Contains(c!["id"]!.GetValue<string>())).Select(c => c!.DeepClone())]);
            }
        }

        return part;
    }

    private static IReadOnlyList<string> Errors(string json) => Errors(System.Text.Encoding.UTF8.GetBytes(json));

    private static IReadOnlyList<string> Errors(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        EvaluationResults results;
        try
        {
            results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }
        catch (ArgumentOutOfRangeException e)
        {
            return [$"validator failure: {e.Message}"]; // JsonSchema.Net 8.0.5 throws on a date-time in year 0000, which the pattern refuses anyway
        }

        return results.IsValid ? [] : [.. (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }
}

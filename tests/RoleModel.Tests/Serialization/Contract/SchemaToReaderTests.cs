using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleModel.Serialization;
using RoleModel.Validation;
using Xunit.Abstractions;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>
/// The first direction of the contract: what the schema accepts, the reader accepts, except where a rule the
/// schema cannot state applies (<see cref="BeyondSchema"/>); and what the schema refuses, the reader refuses,
/// at the same place (near misses of generated documents, one broken rule each).
/// </summary>
public sealed class SchemaToReaderTests(ITestOutputHelper output)
{
    private const int Seed = 1414;
    private const int Documents = 1200;

    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static JsonObject Schema() => (JsonObject)JsonNode.Parse(File.ReadAllText(TestPaths.SchemaFile))!;

    [Fact]
    public void GeneratedDocuments_ValidBySchema_AreAcceptedByTheReader_UnlessARuleBeyondTheSchemaApplies()
    {
        var generator = new SchemaDocuments(Schema(), Seed);
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var leaks = new List<string>();
        var accepted = 0;
        for (var i = 0; i < Documents; i++)
        {
            var json = generator.Next().ToJsonString(Raw);
            SchemaCheck.Errors(json).Should().BeEmpty($"document {i} is generated from the schema: {json}");
            // Imports resolve to empty catalogues of the identity they name, so that they do not stop the read.
            var problems = new CatalogueComposer(new EmptyCatalogueResolver()).Read(Encoding.UTF8.GetBytes(json), "generated.json").Documents[0].Report.Problems;
            if (problems.IsEmpty)
            {
                accepted++;
                continue;
            }

            var rules = problems.Select(p => (Problem: p, Rule: BeyondSchema.Rule(p))).ToList();
            leaks.AddRange(rules.Where(r => r.Rule is null).Select(r => $"document {i}: {r.Problem}\n  {json}"));
            foreach (var rule in rules.Where(r => r.Rule is not null).Select(r => r.Rule!).Distinct())
            {
                skipped[rule] = skipped.GetValueOrDefault(rule) + 1;
            }
        }

        output.WriteLine($"{Documents} documents from the schema (seed {Seed}): {accepted} accepted whole; the others break rules beyond the schema:");
        foreach (var (rule, count) in skipped)
        {
            output.WriteLine($"  {count,5}  {rule}");
        }

        leaks.Should().BeEmpty("the reader must accept what the schema accepts, but for the rules listed in docs/format.md");
        // Identifiers come from small pools, so cross-object rules (duplicates, references, an import of the document itself) stop most documents.
        accepted.Should().BeGreaterThan(Documents / 10, "many generated documents should go through the whole reader, not stop at a cross-reference");
    }

    /// <summary>Near misses: one schema rule broken in a generated document; the schema refuses it, and so does the reader, at that value.</summary>
    [Theory]
    [MemberData(nameof(NearMissKinds))]
    public void NearMisses_RefusedBySchema_AreRefusedByTheReader_AtTheValue(string kind)
    {
        var generator = new SchemaDocuments(Schema(), Seed + kind.Length);
        var random = new Random(Seed);
        var tried = 0;
        for (var i = 0; i < 400 && tried < 60; i++)
        {
            var document = generator.Next();
            var sites = generator.Sites.Where(s => NearMiss.Applies(kind, s)).ToList();
            if (sites.Count == 0)
            {
                continue;
            }

            var site = sites[random.Next(sites.Count)];
            var label = NearMiss.Apply(kind, site, random);
            var json = document.ToJsonString(Raw);
            tried++;
            SchemaCheck.Errors(json).Should().NotBeEmpty($"the schema must refuse {label} at {site.Path}: {json}");
            var problems = RoleModelJson.Read(json).Report.Problems;
            var expected = NearMiss.Expected(kind, site);
            var here = problems.Where(p => p.Path == expected && (p.Severity == ProblemSeverity.Error || p.Code == ProblemCodes.UnknownMember)).ToList();
            here.Should().NotBeEmpty($"the reader must refuse {label} at {expected}, but reported [{string.Join("; ", problems)}]: {json}");
        }

        output.WriteLine($"{kind}: {tried} near misses");
        tried.Should().BeGreaterThan(10);
    }

    public static TheoryData<string> NearMissKinds() => [.. NearMiss.Kinds];
}

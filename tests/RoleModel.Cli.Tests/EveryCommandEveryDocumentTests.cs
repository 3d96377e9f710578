using System.Text.Json.Nodes;
using RoleModel.Tests.Serialization.Contract;

namespace RoleModel.Cli.Tests;

/// <summary>
/// Every document of docs/samples/invalid, documents generated from the schema and hostile documents, through every
/// command that reads a document: each ends with a plain verdict or message, never an "unexpected failure".
/// </summary>
public sealed class EveryCommandEveryDocumentTests
{
    private const int Generated = 25;

    /// <summary>The commands that read a document, with the options they need to get as far as reading it.</summary>
    private static readonly string[][] Commands =
    [
        ["validate", "{doc}"],
        ["validate", "--format", "json", "{doc}"],
        ["find", "{doc}", "data"],
        ["show", "{doc}", "--role", "cdo"],
        ["history", "{doc}", "--role", "cdo"],
        ["diff", "{doc}", "--role", "cdo", "--from", "2024-01-01", "--to", "2026-01-01"],
        ["drift", "{doc}", "--role", "cdo", "--from", "2024-01-01", "--to", "2026-01-01"],
        ["gap", "{doc}", "--role", "cdo", "--person", "p-0001"],
        ["match", "{doc}", "--role", "cdo"],
        ["coverage", "{doc}"],
        ["compare", "{doc}", "{doc}"],
        ["export", "case", "{doc}", "--framework", "municipal-digital", "--out", "{out}"],
        ["report", "{doc}", "--role", "cdo", "--out", "{out}"],
        ["describe", "{doc}", "--role", "cdo"],
        ["suggest", "{doc}", "--text", "open data", "--method", "CharacterNGrams"],
        ["patterns", "{doc}"],
        ["evolve", "{doc}", "--template", "municipal-cdo", "--on", "2026-01-01"],
        ["lineage", "{doc}", "--role", "cdo"],
        ["append", "{doc}", "--role", "cdo", "--change", "{change}"],
        ["propose", "{doc}", "--role", "cdo", "--task", "t", "--title", "T", "--share", "1", "--effective", "2026-02-01", "--author", "a", "--reason", "r"],
        ["decide", "{doc}", "--role", "cdo", "--proposal", "cdo-01", "--accept", "--on", "2026-02-01", "--author", "hr"],
        ["task", "set-share", "{doc}", "--role", "cdo", "--task", "innovation-radar", "--share", "5", "--effective", "2026-02-01", "--author", "hr"],
        ["task", "add", "{doc}", "--role", "cdo", "--task", "t", "--title", "T", "--share", "0", "--effective", "2026-02-01", "--author", "hr"],
        ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "data-governance", "--level", "generic:expert", "--effective", "2026-02-01", "--author", "hr"],
    ];

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "invalid"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add($"invalid/{Path.GetFileName(file)}");
        }

        for (var i = 0; i < Generated; i++)
        {
            data.Add($"generated/{i}");
        }

        foreach (var name in Hostile.Keys)
        {
            data.Add($"hostile/{name}");
        }

        return data;
    }

    private static readonly Dictionary<string, string> Hostile = new(StringComparer.Ordinal)
    {
        ["nul-href"] = """{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"a\u0000b"}]}""",
        ["etc-shadow"] = """{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"/etc/shadow"}]}""",
        ["proc-environ"] = """{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"/proc/self/environ"}]}""",
        ["dot-dot"] = """{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"../../secret/config.json"}]}""",
        ["self-import"] = """{"schemaVersion":"1.1","id":"self","version":"1","issued":"2026-01-01","imports":[{"catalogue":"other","version":"1","href":"document.json"}]}""",
        ["not-json"] = "root:x:0:0:root:/root:/bin/bash",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryCommand_Document_EndsWithAPlainVerdictNeverAnUnexpectedFailure(string source)
    {
        using var document = new TemporaryFile(Content(source), "document.json");
        var change = Path.Combine(document.Folder, "change.json");
        File.WriteAllText(change, """{ "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "innovation-radar" }""");
        foreach (var template in Commands)
        {
            var args = template.Select(a => a.Replace("{doc}", document.Path, StringComparison.Ordinal)
                .Replace("{out}", Path.Combine(document.Folder, "out.html"), StringComparison.Ordinal)
                .Replace("{change}", change, StringComparison.Ordinal)).ToArray();

            var result = CliRunner.Run(args);

            var command = string.Join(' ', template);
            result.ExitCode.Should().BeOneOf([0, 1, 2], command);
            result.Error.Should().NotContain("unexpected failure", command).And.NotContain("   at ", command);
            (result.Out + result.Error).Should().NotContainAny(["root:x:0", "/bin/bash"], $"{command} shows nothing of a file that is not a document");
        }
    }

    private static byte[] Content(string source)
    {
        var (kind, name) = (source[..source.IndexOf('/', StringComparison.Ordinal)], source[(source.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "invalid" => File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "invalid", name)),
            "generated" => System.Text.Encoding.UTF8.GetBytes(Generator.Value[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)]),
            _ => System.Text.Encoding.UTF8.GetBytes(Hostile[name]),
        };
    }

    private static readonly Lazy<List<string>> Generator = new(() =>
    {
        var schema = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schema", "rolemodel-1.0.schema.json")))!;
        var generator = new SchemaDocuments(schema, 2121);
        return [.. Enumerable.Range(0, Generated).Select(_ => generator.Next().ToJsonString())];
    });
}

using System.Text.RegularExpressions;

namespace RoleModel.Tests.Serialization;

/// <summary>The examples of docs/format.md's "Writing documents by hand": each JSON block with the problems the text block after it shows (none when there is none).</summary>
internal static partial class HandWrittenExamples
{
    internal static IReadOnlyList<(string Json, string[] Problems)> All()
    {
        var text = File.ReadAllText(TestPaths.FormatDoc).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("\n## Writing documents by hand\n", StringComparison.Ordinal);
        var section = text[start..text.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        var blocks = Block().Matches(section).Select(m => (Kind: m.Groups[1].Value, Body: m.Groups[2].Value)).ToList();
        var examples = new List<(string, string[])>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != "json")
            {
                continue;
            }

            var problems = i + 1 < blocks.Count && blocks[i + 1].Kind == "text" ? blocks[i + 1].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
            examples.Add((blocks[i].Body, problems));
        }

        return examples;
    }

    [GeneratedRegex("```(json|text)\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}

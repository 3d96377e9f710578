using System.CommandLine;
using RoleModel.Cli.Search;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel find [FILE] TEXT [--kind K] [--lang L] [--top N]</c>: roles, competencies and people by name.</summary>
internal static class FindCommand
{
    public static Command Create(CliConsole console)
    {
        var words = new Argument<string[]>("[FILE] TEXT")
        {
            Description = "A RoleModel JSON document (optional; without it, the bundled sample) and the words to look for.",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string[]>("--kind") { Description = "Only roles, competencies or people: role, competency or person (repeatable).", HelpName = "role|competency|person" };
        kind.AcceptOnlyFromAmong("role", "competency", "person");
        var top = CommonOptions.Top("How many hits to list (default 10)", 10);
        var lang = CommonOptions.Lang();
        var format = CommonOptions.Format();
        var imported = DocumentScope.Option();
        var command = new Command("find",
            "Find roles, competencies and people by name: titles and names in every language of the document, ESCO's alternative labels "
            + "and ids. Ranked; tolerant of case, accents and small typos. The document's own roles and people, and the competencies of every catalogue it imports; "
            + "--include-imported adds the imported roles and people.\n\n"
            + "Example:\n  rolemodel find esco.json chef informaton oficer --kind role")
        {
            words, kind, top, lang, format, imported,
        };
        command.SetAction(parse =>
        {
            var (file, text) = Split(parse.GetRequiredValue(words));
            var document = DocumentLoader.ReadValidDocument(file, console, parse);
            var catalogue = document.Catalogue!;
            var scope = DocumentScope.Read(parse, imported, document);
            var kinds = (parse.GetValue(kind) ?? []).Select(Kind).ToList();
            var hits = LabelIndex.Build(catalogue, kinds, scope).Find(text, parse.GetValue(top));
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            DocumentScope.NoteLeftOut(console, labels.W,
                roles: kinds.Count == 0 || kinds.Contains(SearchKind.Role) ? scope.RolesLeftOut : 0,
                people: kinds.Count == 0 || kinds.Contains(SearchKind.Person) ? scope.PeopleLeftOut : 0);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var hit in hits)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("kind", Text.Name(hit.Kind));
                        writer.WriteString("id", hit.Id);
                        writer.WriteString("title", Title(labels, hit));
                        writer.WriteString("matched", hit.Label);
                        writer.WriteNumber("score", hit.Score);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            if (hits.Count == 0)
            {
                console.Out.WriteLine(labels.W.Format("Find.Nothing", text));
                return ExitCodes.Success;
            }

            var w = labels.W;
            var table = new Table().AddColumns("#", w["Column.Kind"], w["Column.Title"], w["Column.Id"], w["Column.MatchedLabel"]).KeepWhole(3);
            var rank = 0;
            foreach (var hit in hits)
            {
                var title = Title(labels, hit);
                table.AddRow(
                    w.Number(++rank),
                    w.Name(hit.Kind),
                    Text.Escape(title),
                    Text.Escape(hit.Id),
                    Text.Escape(string.Equals(hit.Label, title, StringComparison.Ordinal) ? string.Empty : hit.Label));
            }

            Text.Console(console).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The first word is the document when more words follow and it names a JSON file or an existing file.</summary>
    private static (FileInfo? File, string Text) Split(string[] words) =>
        words.Length > 1 && (words[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(words[0]))
            ? (new FileInfo(words[0]), string.Join(' ', words.Skip(1)))
            : (null, string.Join(' ', words));

    private static SearchKind Kind(string name) => name switch
    {
        "role" => SearchKind.Role,
        "competency" => SearchKind.Competency,
        _ => SearchKind.Person,
    };

    private static string Title(Labels labels, SearchHit hit) => hit.Kind switch
    {
        SearchKind.Role => labels.RoleTitle(hit.Id),
        SearchKind.Competency => labels.CompetencyName(hit.Id),
        _ => hit.Id,
    };
}

using System.CommandLine;
using RoleModel.Cli.Comparison;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel compare OLD NEW</c>: roles, requirements, competencies and histories added, removed or changed.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var older = new Argument<FileInfo>("OLD") { Description = "The older RoleModel JSON document." };
        var newer = new Argument<FileInfo>("NEW") { Description = "The newer RoleModel JSON document." };
        var top = CommonOptions.Top("How many differences to list as text (default 50); JSON lists all", 50);
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("compare",
            "Compare two catalogues, such as two releases of ESCO: roles, requirements, competencies and role histories added, removed or "
            + "changed, with titles. Items are matched by id. Exit code 0 whether or not they differ.\n\n"
            + "Example:\n  rolemodel compare esco-1.1.1.json esco-1.2.0.json")
        {
            older, newer, top, format, lang,
        };
        command.SetAction(parse =>
        {
            var (oldFile, newFile) = (parse.GetRequiredValue(older), parse.GetRequiredValue(newer));
            var before = DocumentLoader.ReadValid(oldFile, console, parse);
            var after = DocumentLoader.ReadValid(newFile, console, parse);
            var language = parse.GetValue(lang);
            var newerLabels = Labels.For(after, language, console);
            var differences = CatalogueComparer.Compare(before, after, Labels.For(before, language, console), newerLabels);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("old", oldFile.ToString());
                    writer.WriteString("new", newFile.ToString());
                    writer.WriteStartArray("differences");
                    foreach (var difference in differences)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("area", Text.Name(difference.Area));
                        writer.WriteString("change", difference.Change);
                        writer.WriteString("id", difference.Id);
                        writer.WriteString("title", difference.Title);
                        writer.WriteString("detail", difference.Detail);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            WriteText(console, oldFile, newFile, differences, parse.GetValue(top), newerLabels.W);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(CliConsole console, FileInfo oldFile, FileInfo newFile, IReadOnlyList<CatalogueDifference> differences, int top, Localization.Wording w)
    {
        var summary = differences.GroupBy(d => (d.Area, d.Change)).Select(g => w.Format($"Compare.{g.Key.Change}", w.Count(g.Count(), $"Count.{g.Key.Area}")));
        // The summary goes straight to the writer: a console line would wrap at the table width.
        console.Out.WriteLine(differences.Count == 0
            ? w.Format("Compare.Same", oldFile, newFile)
            : w.Format("Compare.Summary", oldFile, newFile, string.Join(", ", summary)));
        if (differences.Count == 0)
        {
            return;
        }

        var ansi = Text.Console(console);
        var table = new Table().AddColumns(w["Column.What"], w["Column.Change"], w["Column.Id"], w["Column.Title"], w["Column.Detail"]);
        foreach (var difference in differences.Take(top))
        {
            table.AddRow(w.Name(difference.Area), w[$"Compare.Change.{difference.Change}"], Text.Escape(difference.Id), Text.Escape(difference.Title), Text.Escape(difference.Detail));
        }

        ansi.Write(table);
        if (differences.Count > top)
        {
            ansi.WriteLine(w.Format("Compare.More", w.Count(differences.Count - top, "Count.MoreDifference")));
        }
    }
}

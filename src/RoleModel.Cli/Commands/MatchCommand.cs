using System.CommandLine;
using RoleModel.Analysis;
using Spectre.Console;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel match [FILE] (--person ID | --role ID) [--top N]</c>: best roles for a person, or best people for a role.</summary>
internal static class MatchCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.OptionalFile();
        var person = new Option<string>("--person") { Description = "Rank the roles for this person." };
        var role = new Option<string>("--role") { Description = "Rank the people for this role." };
        var top = CommonOptions.Top("How many to list (default 10)", 10);
        var essential = new Option<bool>("--essential-met") { Description = "List only those who meet every essential requirement." };
        var asOf = CommonOptions.Date("--as-of", "The day of the comparison; defaults to today");
        var settings = new AnalysisSettings();
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var imported = DocumentScope.Option();
        var command = new Command("match",
            "Rank the roles that fit a person, or the people who fit a role, by fit score (ties by identifier): the document's own roles or people, unless --include-imported.\n\n"
            + "Example:\n  rolemodel match --role cdo --top 3")
        {
            file, person, role, top, essential, asOf, settings.EssentialShare, settings.StaleAfter, format, lang, imported,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(person) is null) == (result.GetValue(role) is null))
            {
                result.AddError("Give exactly one of --person and --role.");
            }
        });
        command.SetAction(parse =>
        {
            var document = DocumentLoader.ReadValidDocument(parse.GetValue(file), console, parse);
            var catalogue = document.Catalogue!;
            var scope = DocumentScope.Read(parse, imported, document);
            var index = new FitIndex(catalogue, parse.GetValue(asOf) ?? Today.Date, settings.Read(parse));
            var count = parse.GetValue(top);
            var requireEssential = parse.GetValue(essential);
            // Ranked over the whole composition (scores do not depend on who else is ranked), then narrowed to the scope.
            var hits = parse.GetValue(person) is { } personId
                ? index.RankRoles(Lookup.Person(catalogue, personId).Id, Math.Max(catalogue.Roles.Length, 1), requireEssential).Where(h => scope.HasRole(h.RoleId)).Take(count).ToList()
                : index.RankPeople(Lookup.Role(catalogue, parse.GetValue(role)!).Id, Math.Max(catalogue.People.Length, 1), requireEssential).Where(h => scope.HasPerson(h.PersonId)).Take(count).ToList();
            var labels = Labels.For(catalogue, parse.GetValue(lang), console);
            DocumentScope.NoteLeftOut(console, labels.W, roles: parse.GetValue(person) is null ? 0 : scope.RolesLeftOut, people: parse.GetValue(person) is null ? scope.PeopleLeftOut : 0);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer => AnalysisJson.WriteRanking(writer, hits, labels));
            }
            else
            {
                var w = labels.W;
                var table = new Table().AddColumns("#", w["Column.Role"], w["Column.Person"], w["Column.Score"], w["Column.EssentialMetShort"]).KeepWhole(2);
                var rank = 0;
                foreach (var hit in hits)
                {
                    table.AddRow(w.Number(++rank), Text.Escape(labels.Role(hit.RoleId)), Text.Escape(hit.PersonId), hit.Score.ToString("0.000", w.Culture), w[hit.AllEssentialMet ? "Value.Yes" : "Value.No"]);
                }

                Text.Console(console).Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using RoleModel.Cli.Recording;

namespace RoleModel.Cli.Commands;

/// <summary>
/// <c>append</c>, <c>propose</c> and <c>decide</c>: changes recorded in a role's history, all through
/// <see cref="HistoryAppender"/>, so they are checked and written the same way.
/// </summary>
internal static class RecordingCommands
{
    public static Command Append(CliConsole console)
    {
        var parts = new Parts();
        var change = new Option<string>("--change")
        {
            Description = "A JSON file with one change or an array of changes in the document format; - reads standard input.",
            Required = true,
            HelpName = "CHANGE.json|-",
        };
        var command = parts.Command("append",
            "Record changes in a role's history. A missing change id is filled in, and a missing recorded instant from the clock or --recorded-at. "
            + "Each change is checked with the same rules as validate, against the role on its effective day; the file is written atomically, "
            + "and a refused change leaves it byte for byte as it was (exit code 1).\n\n"
            + "Example:\n  rolemodel append roles.json --role cdo --change change.json",
            change);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(change);
            var changes = HistoryAppender.ReadChanges(path, console);
            return parts.Record(parse, path == "-" ? "(standard input)" : path, changes, console);
        });
        return command;
    }

    public static Command Propose(CliConsole console)
    {
        var parts = new Parts();
        var task = CommonOptions.Required("--task", "The identifier of the new task.");
        var title = CommonOptions.Required("--title", "The task's title.");
        var titleLang = new Option<string?>("--title-lang") { Description = "The language of --title; default: the language chosen as for --lang (your language when the document has it, else the document's first)." };
        var share = new Option<decimal>("--share") { Description = "The share of working time the task is to take, in percent (0-100).", Required = true, CustomParser = CommonOptions.ParsePercent };
        var area = new Option<string>("--area") { Description = "The responsibility area of the role the task belongs to." };
        var effective = CommonOptions.Date("--effective", "The day the task is to start", required: true);
        var author = CommonOptions.Required("--author", "Who proposes the task (the role's holder).");
        var reason = CommonOptions.Required("--reason", "Why the task is needed.");
        var id = new Option<string>("--id") { Description = "The change id of the proposal, for the decision to name; default <role>-<n>." };
        var command = parts.Command("propose",
            "Propose a self-found task for a role: the holder's proposal is recorded in the history (kind taskAdded, proposed) and takes effect "
            + "only once accepted with 'rolemodel decide'.\n\n"
            + "Example:\n  rolemodel propose roles.json --role cdo --task open-data --title \"Open data\" --share 10 --effective 2026-02-01 --author cdo-holder --reason \"Nobody publishes the data\"",
            task, title, titleLang, share, area, effective, author, reason, id);
        command.SetAction(parse =>
        {
            var labels = parts.Choose(parse, console);
            var taskObject = new JsonObject
            {
                ["id"] = parse.GetRequiredValue(task),
                ["title"] = new JsonObject { [parse.GetValue(titleLang) ?? (labels.Tag is { Length: > 0 } chosen ? chosen : "en")] = parse.GetRequiredValue(title) },
                ["share"] = parse.GetValue(share),
                ["origin"] = "selfInitiated",
                ["status"] = "active",
            };
            if (parse.GetValue(area) is { } areaId)
            {
                taskObject["area"] = areaId;
            }

            var proposal = new JsonObject
            {
                ["id"] = parse.GetValue(id),
                ["kind"] = "taskAdded",
                ["effective"] = Date(parse.GetValue(effective)!.Value),
                ["author"] = parse.GetRequiredValue(author),
                ["reason"] = parse.GetRequiredValue(reason),
                ["proposed"] = true,
                ["task"] = taskObject,
            };
            return parts.Record(parse, "the proposal", [proposal], console, labels);
        });
        return command;
    }

    public static Command Decide(CliConsole console)
    {
        var parts = new Parts();
        var proposal = CommonOptions.Required("--proposal", "The id of the proposal's change (see 'rolemodel history').");
        var accept = new Option<bool>("--accept") { Description = "Accept the proposal." };
        var reject = new Option<bool>("--reject") { Description = "Reject the proposal." };
        var on = CommonOptions.Date("--on", "The day of the decision", required: true);
        var author = CommonOptions.Required("--author", "Who decides (HR, a manager).");
        var reason = new Option<string>("--reason") { Description = "Why; required with --reject." };
        var command = parts.Command("decide",
            "Accept or reject a proposal, recorded in the history as a decision (kind proposalDecided). A rejection needs a reason.\n\n"
            + "Example:\n  rolemodel decide roles.json --role cdo --proposal cdo-12 --accept --on 2026-01-20 --author hr-office",
            proposal, accept, reject, on, author, reason);
        command.Validators.Add(result =>
        {
            if (result.GetValue(accept) == result.GetValue(reject))
            {
                result.AddError("Give exactly one of --accept and --reject.");
            }
            else if (result.GetValue(reject) && string.IsNullOrWhiteSpace(result.GetValue(reason)))
            {
                result.AddError("A rejection needs --reason.");
            }
        });
        command.SetAction(parse =>
        {
            var decision = new JsonObject
            {
                ["kind"] = "proposalDecided",
                ["effective"] = Date(parse.GetValue(on)!.Value),
                ["author"] = parse.GetRequiredValue(author),
                ["proposal"] = parse.GetRequiredValue(proposal),
                ["decision"] = parse.GetValue(accept) ? "accepted" : "rejected",
            };
            if (parse.GetValue(reason) is { } why)
            {
                decision["reason"] = why;
            }

            return parts.Record(parse, "the decision", [decision], console);
        });
        return command;
    }

    private static string Date(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>The options every recording command has: the file, the role, and the instant of recording.</summary>
    private sealed class Parts
    {
        private readonly Argument<FileInfo> file = new("FILE") { Description = "The RoleModel JSON document to change (written atomically)." };
        private readonly Option<string> role = CommonOptions.Required("--role", "The identifier of the role whose history receives the change.");
        private readonly Option<Instant?> recordedAt = CommonOptions.Instant("--recorded-at", "The instant the change is recorded at, when it has none; defaults to now");
        private readonly Option<string?> lang = CommonOptions.Lang();

        public Command Command(string name, string description, params Option[] options)
        {
            var command = new Command(name, description) { file, role, recordedAt, lang };
            foreach (var option in options)
            {
                command.Add(option);
            }

            return command;
        }

        /// <summary>The language of the command (checked before anything is recorded, so that a wrong --lang changes nothing).</summary>
        public Labels Choose(ParseResult parse, CliConsole console) =>
            Labels.For(DocumentLoader.ReadValid(parse.GetRequiredValue(file), console, parse), parse.GetValue(lang), console);

        public int Record(ParseResult parse, string source, IReadOnlyList<JsonObject> changes, CliConsole console, Labels? chosen = null)
        {
            _ = chosen ?? Choose(parse, console); // a wrong --lang is a usage error before anything is recorded
            var target = parse.GetRequiredValue(file);
            var roleId = parse.GetRequiredValue(role);
            var supplied = DocumentLoader.Supplied(parse);
            var recorded = HistoryAppender.Append(target, roleId, changes, source, parse.GetValue(recordedAt) ?? Today.Now, console, supplied);
            var catalogue = DocumentLoader.ReadValid(target, console, parse);
            var labels = Labels.For(catalogue, parse.GetValue(lang), console); // recording only adds languages: a --lang checked before still holds
            console.Out.WriteLine($"{target}: recorded {Text.Count(recorded.Count, "change")} in the history of {labels.Role(roleId)}:");
            foreach (var change in recorded)
            {
                console.Out.WriteLine($"  {change.Id}: {HistoryJson.Kind(change.Kind)} {HistoryJson.Subject(change)}{(change.IsProposal ? " (proposal)" : string.Empty)}, "
                    + $"effective {change.EffectiveOn:yyyy-MM-dd}, recorded {change.RecordedAt}, by {change.Author}");
            }

            return ExitCodes.Success;
        }
    }
}

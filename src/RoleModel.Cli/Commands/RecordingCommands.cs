using System.CommandLine;
using System.Globalization;
using RoleModel.Cli.Recording;
using RoleModel.History;

namespace RoleModel.Cli.Commands;

/// <summary>
/// <c>append</c>, <c>propose</c> and <c>decide</c>: changes recorded in a role's history, all through
/// <see cref="HistoryAppender"/>, so they are checked and written the same way.
/// </summary>
internal static class RecordingCommands
{
    public static Command Append(CliConsole console)
    {
        var parts = new RecordingParts();
        var change = new Option<string>("--change")
        {
            Description = "A JSON file with one change or an array of changes in the document format; - reads standard input.",
            Required = true,
            HelpName = "CHANGE.json|-",
        };
        var command = parts.Command("append",
            "Record changes in a role's history. A missing change id is filled in, and a missing recorded instant from the clock or --recorded-at. "
            + "Each change is checked with the same rules as validate, against the role on its effective day; the file is written atomically, "
            + "and a refused change leaves it byte for byte as it was (exit code 1). The common changes have commands of their own: "
            + "'rolemodel task' and 'rolemodel requirement'.\n\n"
            + "Example:\n  rolemodel append roles.json --role cdo --change change.json",
            change);
        command.SetAction(parse =>
        {
            var labels = parts.Choose(parse, console);
            var path = parse.GetRequiredValue(change);
            var changes = HistoryAppender.ReadChanges(path, console, labels.W);
            return parts.Record(parse, path == "-" ? labels.W["Record.StandardInput"] : path, _ => changes, console, labels);
        });
        return command;
    }

    public static Command Propose(CliConsole console)
    {
        var parts = new RecordingParts();
        var task = CommonOptions.Required("--task", "The identifier of the new task.");
        var title = CommonOptions.Required("--title", "The task's title.");
        var titleLang = TitleLang();
        var share = Share("The share of working time the task is to take, in percent (0-100).");
        var area = new Option<string>("--area") { Description = "The responsibility area of the role the task belongs to." };
        var effective = CommonOptions.Date("--effective", "The day the task is to start", required: true);
        var author = CommonOptions.Required("--author", "Who proposes the task (the role's holder).");
        var reason = CommonOptions.Required("--reason", "Why the task is needed.");
        var id = ChangeId();
        var command = parts.Command("propose",
            "Propose a self-found task for a role: the holder's proposal is recorded in the history (kind taskAdded, proposed) and takes effect "
            + "only once accepted with 'rolemodel decide'. When accepting it on its day would break a rule (the tasks taking more than 100 % of "
            + "working time, or more self-initiated work than the role's openness allows), the proposal is recorded with a warning that says "
            + "which share to lower by how much.\n\n"
            + "Example:\n  rolemodel propose roles.json --role cdo --task open-data --title \"Open data\" --share 10 --effective 2026-02-01 --author cdo-holder --reason \"Nobody publishes the data\"",
            task, title, titleLang, share, area, effective, author, reason, id);
        command.SetAction(parse =>
        {
            var labels = parts.Choose(parse, console);
            var day = parse.GetValue(effective)!.Value;
            return parts.Record(parse, labels.W["Record.Source.Proposal"], context =>
            {
                var newTask = new RoleTask(parse.GetRequiredValue(task), LocalizedText.Of(TitleLanguage(parse.GetValue(titleLang), labels), parse.GetRequiredValue(title)),
                    parse.GetValue(share), TaskOrigin.SelfInitiated, RoleTaskStatus.Active, parse.GetValue(area));
                var proposal = RoleChange.AddTask(parse.GetValue(id) ?? context.NewId(), day, context.RecordedAt, parse.GetRequiredValue(author), newTask,
                    parse.GetRequiredValue(reason), isProposal: true);
                var acceptance = RoleChange.Decide(context.NewId(), day, context.RecordedAt, parse.GetRequiredValue(author), proposal.Id, ProposalState.Accepted);
                if (context.Check([proposal, acceptance], day) is { } broken)
                {
                    context.Warn(context.W.Format("Propose.Warning", context.Describe(broken), ProposeFix(context, broken, newTask)));
                }

                return context.Json([proposal], parse.GetValue(id));
            }, console, labels);
        });
        return command;
    }

    public static Command Decide(CliConsole console)
    {
        var parts = new RecordingParts();
        var proposal = CommonOptions.Required("--proposal", "The id of the proposal's change (see 'rolemodel history').");
        var accept = new Option<bool>("--accept") { Description = "Accept the proposal." };
        var reject = new Option<bool>("--reject") { Description = "Reject the proposal." };
        var on = CommonOptions.Date("--on", "The day of the decision", required: true);
        var author = CommonOptions.Required("--author", "Who decides (HR, a manager).");
        var reason = new Option<string>("--reason") { Description = "Why; required with --reject." };
        var setShare = new Option<string[]>("--set-share")
        {
            Description = "With --accept: a task's new share from the proposal's day, to make room for it (TASK=PERCENT, such as innovation-radar=5); repeatable. "
                + "The share changes and the decision are recorded together, in one write.",
            HelpName = "TASK=PERCENT",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = parts.Command("decide",
            "Accept or reject a proposal, recorded in the history as a decision (kind proposalDecided). A rejection needs a reason. An acceptance "
            + "that would break a rule is refused with the share changes that make room; --set-share records them with the decision.\n\n"
            + "Example:\n  rolemodel decide roles.json --role cdo --proposal cdo-12 --accept --on 2026-01-20 --author hr-office --set-share innovation-radar=5",
            proposal, accept, reject, on, author, reason, setShare);
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
            else if (result.GetValue(reject) && result.GetValue(setShare) is { Length: > 0 })
            {
                result.AddError("--set-share goes with --accept: a rejected proposal needs no room.");
            }

            foreach (var text in result.GetValue(setShare) ?? [])
            {
                if (ParseSetShare(text) is null)
                {
                    result.AddError($"'{text}' is not valid for --set-share; expected TASK=PERCENT with a percentage from 0 to 100, such as innovation-radar=5.");
                }
            }
        });
        command.SetAction(parse =>
        {
            var labels = parts.Choose(parse, console);
            var accepted = parse.GetValue(accept);
            return parts.Record(parse, labels.W["Record.Source.Decision"], context =>
            {
                var proposalId = parse.GetRequiredValue(proposal);
                var day = parse.GetValue(on)!.Value;
                var who = parse.GetRequiredValue(author);
                var why = parse.GetValue(reason);
                var proposed = context.History.Changes.FirstOrDefault(c => string.Equals(c.Id, proposalId, StringComparison.Ordinal) && c.IsProposal);
                var changes = new List<RoleChange>();
                if (accepted && proposed is not null)
                {
                    foreach (var (taskId, share) in (parse.GetValue(setShare) ?? []).Select(t => ParseSetShare(t)!.Value))
                    {
                        var current = context.Task(taskId, proposed.EffectiveOn);
                        changes.Add(RoleChange.ChangeTask(context.NewId(), proposed.EffectiveOn, context.RecordedAt, who, current.WithShare(share),
                            why ?? context.W.Format("Decide.RoomReason", proposalId)));
                    }
                }
                else if (accepted && parse.GetValue(setShare) is { Length: > 0 })
                {
                    throw new CommandFailedException(context.W.Format("Decide.UnknownProposal", proposalId, context.RoleName,
                        string.Join(", ", context.History.AsKnownAt(NodaTime.Instant.MaxValue).PendingProposals.Select(p => p.Id).DefaultIfEmpty(context.W["List.None"]))));
                }

                var decision = RoleChange.Decide(context.NewId(), day, context.RecordedAt, who, proposalId, accepted ? ProposalState.Accepted : ProposalState.Rejected, why);
                changes.Add(decision);
                if (accepted && proposed is not null && context.Check(changes, proposed.EffectiveOn) is { } broken)
                {
                    throw new CommandFailedException(context.W.Format("Record.RefusedBreak", context.Describe(broken), DecideFix(context, broken, proposed)));
                }

                return context.Json(changes, null);
            }, console, labels);
        });
        return command;
    }

    /// <summary><c>--title-lang</c>, the same in every command that records a title.</summary>
    internal static Option<string?> TitleLang() =>
        new("--title-lang") { Description = "The language of --title; default: the language chosen as for --lang (your language when the document has it, else the document's first)." };

    /// <summary>The language a title typed by the user is stored in: <c>--title-lang</c>, else the command's language.</summary>
    internal static string TitleLanguage(string? given, Labels labels) => given ?? (labels.Tag is { Length: > 0 } chosen ? chosen : "en");

    /// <summary>A share option in percent, 0 to 100.</summary>
    internal static Option<decimal> Share(string description) =>
        new("--share") { Description = description, Required = true, CustomParser = CommonOptions.ParsePercent };

    /// <summary><c>--id</c>: the change's id, given out under the lock when missing.</summary>
    internal static Option<string> ChangeId() =>
        new("--id") { Description = "The change id; default <role>-<n>, given out when the change is recorded." };

    /// <summary>What makes room for a proposal: a smaller share for it, or a --set-share with the decision.</summary>
    private static string ProposeFix(RecordingContext context, ShareBreak broken, RoleTask proposed)
    {
        var w = context.W;
        var most = Math.Max(0m, proposed.Share - broken.Excess);
        return ShareRules.RoomFrom(broken, proposed.Id) is { } other
            ? w.Format(most > 0 ? "Propose.Fix" : "Propose.FixOther", w.Percent(most), other.Id, RecordingContext.OptionValue(Math.Max(0m, other.Share - broken.Excess)), context.TaskName(other), w.Percent(other.Share), w.Percent(Math.Max(0m, other.Share - broken.Excess)))
            : w.Format("Propose.FixShareOnly", w.Percent(most));
    }

    /// <summary>What makes room for an accepted proposal: --set-share with the decision.</summary>
    private static string DecideFix(RecordingContext context, ShareBreak broken, RoleChange proposal)
    {
        var w = context.W;
        return ShareRules.RoomFrom(broken, proposal.TaskId) is { } other
            ? w.Format("Decide.Fix", other.Id, RecordingContext.OptionValue(Math.Max(0m, other.Share - broken.Excess)), context.TaskName(other), w.Percent(other.Share), w.Percent(Math.Max(0m, other.Share - broken.Excess)), context.Points(broken.Excess))
            : w.Format("Decide.FixNone", context.Points(broken.Excess));
    }

    /// <summary><c>TASK=PERCENT</c>, or null when it is not one.</summary>
    internal static (string Task, decimal Share)? ParseSetShare(string text)
    {
        var equals = text.LastIndexOf('=');
        return equals > 0
            && decimal.TryParse(text[(equals + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share <= 100m
            && !string.IsNullOrWhiteSpace(text[..equals])
            ? (text[..equals], share)
            : null;
    }
}

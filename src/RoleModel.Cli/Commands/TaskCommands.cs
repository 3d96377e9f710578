using System.CommandLine;
using NodaTime;
using RoleModel.Cli.Recording;
using RoleModel.History;

namespace RoleModel.Cli.Commands;

/// <summary>
/// <c>task add|set-share|retire|delegate</c>: the common changes of a role's task profile, recorded without writing JSON. Each builds
/// the change the library models and records it like <c>append</c> (one lock, the same checks, one atomic write). A change that would
/// take the tasks over 100 % of working time, or the self-initiated ones over the role's openness, is refused with the share to lower.
/// </summary>
internal static class TaskCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("task", "Record a change of a role's task profile: add a task, set its share, retire it or delegate it to another role. "
            + "Each is checked and written like 'rolemodel append'; a self-found task of the holder is proposed with 'rolemodel propose'.\n\n"
            + "Example:\n  rolemodel task set-share roles.json --role cdo --task innovation-radar --share 5 --effective 2026-02-01 --author hr-office");
        command.Add(Add(console));
        command.Add(SetShare(console));
        command.Add(Retire(console));
        command.Add(Delegate(console));
        return command;
    }

    private static Command Add(CliConsole console)
    {
        var options = new ChangeOptions();
        var title = CommonOptions.Required("--title", "The task's title.");
        var titleLang = RecordingCommands.TitleLang();
        var share = RecordingCommands.Share("The share of working time the task takes, in percent (0-100).");
        var origin = new Option<TaskOrigin>("--origin")
        {
            Description = "Where the task comes from: assigned (default), selfInitiated (also self-initiated) or delegated (received from another role).",
            HelpName = "assigned|selfInitiated|delegated",
            DefaultValueFactory = _ => TaskOrigin.Assigned,
            CustomParser = ParseOrigin,
        };
        var area = new Option<string>("--area") { Description = "The responsibility area of the role the task belongs to." };
        var command = options.Command("add", "Add a task to the role's profile from its effective day, as a direct change (a holder's self-found task is proposed with 'rolemodel propose').\n\n"
            + "Example:\n  rolemodel task add roles.json --role cdo --task open-data --title \"Open data portal\" --share 5 --area innovation --effective 2026-02-01 --author hr-office",
            title, titleLang, share, origin, area);
        command.SetAction(parse => options.Record(parse, console, "task add", (context, day) =>
        {
            var taskId = parse.GetRequiredValue(options.Task);
            context.NoTask(taskId, day);
            if (parse.GetValue(area) is { } areaId)
            {
                context.Area(areaId, day);
            }

            var task = new RoleTask(taskId, LocalizedText.Of(RecordingCommands.TitleLanguage(parse.GetValue(titleLang), context.Labels), parse.GetRequiredValue(title)),
                parse.GetValue(share), parse.GetValue(origin), RoleTaskStatus.Active, parse.GetValue(area));
            return (options.Change(parse, context, (id, who, why) => RoleChange.AddTask(id, day, context.RecordedAt, who, task, why)), task);
        }));
        return command;
    }

    private static Command SetShare(CliConsole console)
    {
        var options = new ChangeOptions();
        var share = RecordingCommands.Share("The task's new share of working time, in percent (0-100).");
        var command = options.Command("set-share", "Set a task's share of working time from its effective day (a taskChanged change; the task keeps everything else).\n\n"
            + "Example:\n  rolemodel task set-share roles.json --role cdo --task innovation-radar --share 5 --effective 2026-02-01 --author hr-office --reason \"Annual review\"",
            share);
        command.SetAction(parse => options.Record(parse, console, "task set-share", (context, day) =>
        {
            var current = context.Task(parse.GetRequiredValue(options.Task), day);
            var newShare = parse.GetValue(share);
            if (current.Share == newShare)
            {
                throw new CommandFailedException(context.W.Format("Record.SameShare", context.TaskName(current), context.W.Percent(newShare), context.W.Day(day)));
            }

            var changed = current.WithShare(newShare);
            return (options.Change(parse, context, (id, who, why) => RoleChange.ChangeTask(id, day, context.RecordedAt, who, changed, why)), changed);
        }));
        return command;
    }

    private static Command Retire(CliConsole console)
    {
        var options = new ChangeOptions();
        var command = options.Command("retire", "Retire a task: from its effective day the role no longer does it.\n\n"
            + "Example:\n  rolemodel task retire roles.json --role cdo --task innovation-radar --effective 2026-02-01 --author hr-office --reason \"Done by the IT department now\"");
        command.SetAction(parse => options.Record(parse, console, "task retire", (context, day) =>
        {
            var current = context.Task(parse.GetRequiredValue(options.Task), day);
            return (options.Change(parse, context, (id, who, why) => RoleChange.RetireTask(id, day, context.RecordedAt, who, current.Id, why)), null);
        }));
        return command;
    }

    private static Command Delegate(CliConsole console)
    {
        var options = new ChangeOptions();
        var to = CommonOptions.Required("--to", "The role that takes the task over.");
        var command = options.Command("delegate", "Delegate a task to another role: from its effective day the task leaves this role's profile "
            + "(record it in the other role's history with 'rolemodel task add --origin delegated').\n\n"
            + "Example:\n  rolemodel task delegate roles.json --role cdo --task ozg-services --to it-lead --effective 2026-02-01 --author hr-office",
            to);
        command.SetAction(parse => options.Record(parse, console, "task delegate", (context, day) =>
        {
            var current = context.Task(parse.GetRequiredValue(options.Task), day);
            var target = context.OtherRole(parse.GetRequiredValue(to));
            return (options.Change(parse, context, (id, who, why) => RoleChange.DelegateTask(id, day, context.RecordedAt, who, current.Id, target.Id, why)), null);
        }));
        return command;
    }

    private static TaskOrigin ParseOrigin(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = CommonOptions.Token(result);
        switch (text)
        {
            case "assigned": return TaskOrigin.Assigned;
            case "selfInitiated" or "self-initiated": return TaskOrigin.SelfInitiated;
            case "delegated": return TaskOrigin.Delegated;
            default:
                result.AddError($"'{text}' is not valid for --origin; expected assigned, selfInitiated or delegated.");
                return TaskOrigin.Assigned;
        }
    }

    /// <summary>The options of every task command: the task, the day, who and why, the change id.</summary>
    private sealed class ChangeOptions
    {
        private readonly RecordingParts parts = new();
        private readonly Option<LocalDate?> effective = CommonOptions.Date("--effective", "The first day the change holds", required: true);
        private readonly Option<string> author = CommonOptions.Required("--author", "Who records the change (HR, a manager, the holder).");
        private readonly Option<string> reason = new("--reason") { Description = "Why the change is made." };
        private readonly Option<string> id = RecordingCommands.ChangeId();

        public Option<string> Task { get; } = CommonOptions.Required("--task", "The identifier of the task.");

        public Command Command(string name, string description, params Option[] options) =>
            parts.Command(name, description, [Task, effective, author, reason, id, .. options]);

        /// <summary>The change with its id (given with --id, else a placeholder replaced under the lock), author and reason.</summary>
        public RoleChange Change(ParseResult parse, RecordingContext context, Func<string, string, string?, RoleChange> make) =>
            make(parse.GetValue(id) ?? context.NewId(), parse.GetRequiredValue(author), parse.GetValue(reason));

        /// <summary>
        /// Records the change <paramref name="build"/> makes, refused with what to change when it would break a share rule; the task it
        /// gives a share to (added or changed) is the one whose share the message offers to lower first.
        /// </summary>
        public int Record(ParseResult parse, CliConsole console, string source, Func<RecordingContext, LocalDate, (RoleChange Change, RoleTask? Task)> build)
        {
            var labels = parts.Choose(parse, console);
            var day = parse.GetValue(effective)!.Value;
            return parts.Record(parse, source, context =>
            {
                var (change, task) = build(context, day);
                if (context.Check([change], day) is { } broken)
                {
                    throw new CommandFailedException(context.W.Format("Record.RefusedBreak", context.Describe(broken), Fix(context, broken, task)));
                }

                return context.Json([change], parse.GetValue(id));
            }, console, labels);
        }

        private static string Fix(RecordingContext context, ShareBreak broken, RoleTask? task)
        {
            var w = context.W;
            var other = ShareRules.RoomFrom(broken, task?.Id);
            var most = task is null ? 0m : Math.Max(0m, task.Share - broken.Excess);
            return (task, other) switch
            {
                ({ }, { }) when most > 0 => w.Format("Task.Fix", w.Percent(most), context.Points(broken.Excess), context.TaskName(other), w.Percent(other.Share), w.Percent(Math.Max(0m, other.Share - broken.Excess))),
                ({ }, null) => w.Format("Task.FixShareOnly", w.Percent(most)),
                (_, { }) => w.Format("Task.FixOther", context.Points(broken.Excess), context.TaskName(other), w.Percent(other.Share), w.Percent(Math.Max(0m, other.Share - broken.Excess))),
                _ => w.Format("Decide.FixNone", context.Points(broken.Excess)),
            };
        }
    }
}

using System.CommandLine;
using System.Globalization;
using NodaTime;
using RoleModel.Cli.Recording;
using RoleModel.History;

namespace RoleModel.Cli.Commands;

/// <summary>
/// <c>requirement add|change|remove</c>: a role's competency requirements changed without writing JSON, each recorded like
/// <c>append</c> (one lock, the same checks, one atomic write).
/// </summary>
internal static class RequirementCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("requirement", "Record a change of a role's competency requirements: add one, change one, or remove one. "
            + "Each is checked and written like 'rolemodel append'.\n\n"
            + "Example:\n  rolemodel requirement add roles.json --role cdo --competency data-governance --level generic:proficient --effective 2026-02-01 --author hr-office");
        command.Add(Add(console));
        command.Add(Change(console));
        command.Add(Remove(console));
        return command;
    }

    private static Command Add(CliConsole console)
    {
        var options = new ChangeOptions(requirementRequired: false);
        var command = options.Command("add", "Add a competency requirement from its effective day. One --competency makes a requirement of that competency "
            + "(its id is the competency's unless --requirement says otherwise); several make a group that any one of them meets (give --requirement).\n\n"
            + "Example:\n  rolemodel requirement add roles.json --role cdo --competency data-governance --level generic:proficient --importance essential --effective 2026-02-01 --author hr-office",
            competencyRequired: true);
        command.SetAction(parse => options.Record(parse, console, "requirement add", (context, day, id, who, why) =>
        {
            var competencies = options.Competencies(parse, context);
            var requirementId = parse.GetValue(options.Requirement) ?? (competencies.Length == 1 ? competencies[0]
                : throw new CommandFailedException(context.W["Requirement.GroupNeedsId"]));
            context.NoRequirement(requirementId, day);
            var requirement = new CompetencyRequirement(requirementId, competencies, options.Level(parse, context), parse.GetValue(options.Importance) ?? RequirementImportance.Essential,
                parse.GetValue(options.Weight) ?? 1.0);
            return RoleChange.AddRequirement(id, day, context.RecordedAt, who, requirement, why);
        }));
        return command;
    }

    private static Command Change(CliConsole console)
    {
        var options = new ChangeOptions(requirementRequired: true);
        var command = options.Command("change", "Change a competency requirement from its effective day: the options given replace its competencies, "
            + "minimum level, importance or weight; the rest stays as it is.\n\n"
            + "Example:\n  rolemodel requirement change roles.json --role cdo --requirement data-management --level generic:proficient --effective 2026-02-01 --author hr-office",
            competencyRequired: false);
        command.SetAction(parse => options.Record(parse, console, "requirement change", (context, day, id, who, why) =>
        {
            var current = context.Requirement(parse.GetRequiredValue(options.Requirement), day);
            var competencies = parse.GetValue(options.Competency) is { Length: > 0 } ? options.Competencies(parse, context) : (IReadOnlyList<string>)current.CompetencyIds;
            var changed = new CompetencyRequirement(current.Id, competencies, parse.GetValue(options.LevelOption) is null ? current.MinimumLevel : options.Level(parse, context),
                parse.GetValue(options.Importance) ?? current.Importance, parse.GetValue(options.Weight) ?? current.Weight, current.Extensions);
            if (changed.Equals(current))
            {
                throw new CommandFailedException(context.W.Format("Requirement.Unchanged", current.Id));
            }

            return RoleChange.ChangeRequirement(id, day, context.RecordedAt, who, changed, why);
        }));
        return command;
    }

    private static Command Remove(CliConsole console)
    {
        var options = new ChangeOptions(requirementRequired: true);
        var command = options.Command("remove", "Remove a competency requirement: from its effective day the role no longer requires it.\n\n"
            + "Example:\n  rolemodel requirement remove roles.json --role cdo --requirement data-governance --effective 2026-02-01 --author hr-office",
            competencyRequired: null);
        command.SetAction(parse => options.Record(parse, console, "requirement remove", (context, day, id, who, why) =>
        {
            var current = context.Requirement(parse.GetRequiredValue(options.Requirement), day);
            return RoleChange.RemoveRequirement(id, day, context.RecordedAt, who, current.Id, why);
        }));
        return command;
    }

    /// <summary>The options of the requirement commands.</summary>
    private sealed class ChangeOptions(bool requirementRequired)
    {
        private readonly RecordingParts parts = new();
        private readonly Option<LocalDate?> effective = CommonOptions.Date("--effective", "The first day the change holds", required: true);
        private readonly Option<string> author = CommonOptions.Required("--author", "Who records the change (HR, a manager).");
        private readonly Option<string> reason = new("--reason") { Description = "Why the change is made." };
        private readonly Option<string> id = RecordingCommands.ChangeId();

        public Option<string> Requirement { get; } = new("--requirement")
        {
            Description = requirementRequired ? "The identifier of the requirement." : "The identifier of the new requirement; default: its competency's (required for a group).",
            Required = requirementRequired,
        };

        public Option<string[]> Competency { get; } = new("--competency")
        {
            Description = "A competency the requirement names; repeat it for a group that any one of them meets.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

        public Option<string> LevelOption { get; } = new("--level") { Description = "The minimum level, SCALE:LEVEL such as generic:proficient.", HelpName = "SCALE:LEVEL" };

        public Option<RequirementImportance?> Importance { get; } = new("--importance")
        {
            Description = "essential (default for a new requirement) or optional.",
            HelpName = "essential|optional",
            CustomParser = ParseImportance,
        };

        public Option<double?> Weight { get; } = new("--weight")
        {
            Description = "The weight in fit scores, a positive number (default 1 for a new requirement).",
            CustomParser = result => CommonOptions.Number(result, "weight", "a positive number such as 1 or 0.5", value =>
            {
                if (!(value > 0))
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }
            }),
        };

        /// <summary>The command with its options.</summary>
        /// <param name="name">The command's name.</param>
        /// <param name="description">Its help text.</param>
        /// <param name="competencyRequired">Whether --competency is required (add), optional (change) or not an option (remove: null).</param>
        public Command Command(string name, string description, bool? competencyRequired)
        {
            Option[] options = competencyRequired is null
                ? [Requirement, effective, author, reason, id]
                : [Requirement, Competency, LevelOption, Importance, Weight, effective, author, reason, id];
            Competency.Required = competencyRequired == true;
            return parts.Command(name, description, options);
        }

        /// <summary>The competencies given, each one the document or its imports define.</summary>
        public string[] Competencies(ParseResult parse, RecordingContext context)
        {
            var given = parse.GetValue(Competency) ?? [];
            foreach (var competency in given)
            {
                context.Competency(competency);
            }

            return given;
        }

        /// <summary>The level given, one of a scale of the document; null when none is given.</summary>
        public LevelReference? Level(ParseResult parse, RecordingContext context) => parse.GetValue(LevelOption) is { } text ? context.Level(text) : null;

        /// <summary>Records the change <paramref name="build"/> makes (from the day, the change id, the author and the reason).</summary>
        public int Record(ParseResult parse, CliConsole console, string source, Func<RecordingContext, LocalDate, string, string, string?, RoleChange> build)
        {
            var labels = parts.Choose(parse, console);
            var day = parse.GetValue(effective)!.Value;
            return parts.Record(parse, source, context =>
                context.Json([build(context, day, parse.GetValue(id) ?? context.NewId(), parse.GetRequiredValue(author), parse.GetValue(reason))], parse.GetValue(id)),
                console, labels);
        }

        private static RequirementImportance? ParseImportance(System.CommandLine.Parsing.ArgumentResult result)
        {
            var text = CommonOptions.Token(result);
            switch (text)
            {
                case "essential": return RequirementImportance.Essential;
                case "optional": return RequirementImportance.Optional;
                default:
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not valid for --importance; expected essential or optional."));
                    return null;
            }
        }
    }
}

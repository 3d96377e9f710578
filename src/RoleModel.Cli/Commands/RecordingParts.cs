using System.CommandLine;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using RoleModel.Cli.Recording;
using RoleModel.History;

namespace RoleModel.Cli.Commands;

/// <summary>
/// The options every recording command has (the file, the role, the instant of recording, the language), and the one way they
/// record: through <see cref="HistoryAppender"/>, under the document's lock, then a confirmation in the chosen language.
/// </summary>
internal sealed class RecordingParts
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

    /// <summary>Records the changes <paramref name="build"/> makes from the document as read under the lock.</summary>
    public int Record(ParseResult parse, string source, Func<RecordingContext, IReadOnlyList<JsonObject>> build, CliConsole console, Labels labels)
    {
        var target = parse.GetRequiredValue(file);
        var roleId = parse.GetRequiredValue(role);
        var supplied = DocumentLoader.Supplied(parse);
        var at = parse.GetValue(recordedAt) ?? Today.Now;
        RecordingContext? context = null;
        var recorded = HistoryAppender.Append(target, roleId, catalogue =>
        {
            context = new RecordingContext(catalogue, roleId, labels, at);
            try
            {
                return build(context);
            }
            catch (ArgumentException e)
            {
                // The library's own rule for a value given on the command line, such as a blank identifier.
                throw new CommandFailedException(labels.W.Format("Record.Invalid", source, e.Message));
            }
        }, source, at, console, supplied, labels.W);
        var catalogue = DocumentLoader.ReadValid(target, console, parse);
        var after = Labels.For(catalogue, parse.GetValue(lang), console); // recording only adds languages: a --lang checked before still holds
        var w = after.W;
        var view = catalogue.FindHistory(roleId)!.AsKnownAt(Instant.MaxValue);
        console.Out.WriteLine(w.Format("Record.Done", target, w.Count(recorded.Count, "Count.Change"), after.Role(roleId)));
        foreach (var change in recorded)
        {
            console.Out.WriteLine(w.Format("Record.Line", change.Id, w.Name(change.Kind), Subject(change, view, after), change.IsProposal ? w["Record.Proposal"] : string.Empty,
                w.Day(change.EffectiveOn), InstantPattern.ExtendedIso.Format(change.RecordedAt), change.Author));
        }

        foreach (var warning in context?.Warnings ?? [])
        {
            console.Error.WriteLine(w.Format("Record.Warning", warning));
        }

        return ExitCodes.Success;
    }

    /// <summary>What a change is about, with its title: the task, requirement, proposal or template it names.</summary>
    private static string Subject(RoleChange change, RoleHistoryView view, Labels labels)
    {
        string Task(string id, RoleTask? version)
        {
            var title = version?.Title ?? view.GetTaskTimeline(id).LastOrDefault(v => v.From <= change.EffectiveOn)?.Value.Title
                ?? view.GetTaskTimeline(id).FirstOrDefault()?.Value.Title;
            return title is not null && labels.Show(title) is { Length: > 0 } shown ? $"{shown} ({id})" : id;
        }

        switch (change.Kind)
        {
            case RoleChangeKind.TaskAdded or RoleChangeKind.TaskChanged:
                return $"{Task(change.TaskId!, change.Task)}, {labels.W.Percent(change.Task!.Share)}";
            case RoleChangeKind.TaskRetired:
                return Task(change.TaskId!, null);
            case RoleChangeKind.TaskDelegated:
                return labels.W.Format("Record.DelegatedTo", Task(change.TaskId!, null), labels.Role(change.TargetRoleId!));
            case RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged when change.Requirement!.CompetencyIds is [var only] && only == change.RequirementId:
                return labels.Competency(only);
            case RoleChangeKind.RequirementAdded or RoleChangeKind.RequirementChanged:
                return $"{change.RequirementId}: {string.Join(labels.W["Requirement.Or"], change.Requirement!.CompetencyIds.Select(labels.Competency))}";
            case RoleChangeKind.RequirementRemoved:
                return labels.Competency(change.RequirementId!);
            case RoleChangeKind.ProposalDecided when view.History.Changes.FirstOrDefault(c => c.Id == change.ProposalId) is { TaskId: { } proposed } proposal:
                return $"{change.ProposalId}: {labels.W.Name(change.Decision!.Value)}, {Task(proposed, proposal.Task)}";
            default:
                return HistoryJson.Subject(change);
        }
    }

    /// <summary>A day as the document format writes it.</summary>
    public static string Date(LocalDate day) => LocalDatePattern.Iso.Format(day);
}

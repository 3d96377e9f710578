using System.CommandLine;

namespace RoleModel.Cli.Commands;

/// <summary>Every command of the tool, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console) =>
    [
        ValidateCommand.Create(console),
        FindCommand.Create(console),
        ShowCommand.Create(console),
        HistoryCommand.Create(console),
        PeriodCommands.Diff(console),
        PeriodCommands.Drift(console),
        RecordingCommands.Append(console),
        RecordingCommands.Propose(console),
        RecordingCommands.Decide(console),
        TaskCommands.Create(console),
        RequirementCommands.Create(console),
        CompareCommand.Create(console),
        GapCommand.Create(console),
        MatchCommand.Create(console),
        CoverageCommand.Create(console),
        ImportCommand.Create(console),
        ExportCommand.Create(console),
        SchemaCommand.Create(console),
        ReportCommand.Create(console),
        DescribeCommand.Create(console),
        SuggestCommand.Create(console),
        PatternsCommand.Create(console),
        EvolveCommand.Create(console),
        LineageCommand.Create(console),
    ];
}

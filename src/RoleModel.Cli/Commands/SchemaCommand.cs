using System.CommandLine;
using RoleModel.Serialization;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel schema</c>: prints the JSON Schema of the format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema",
            "Print the JSON Schema (draft 2020-12) of the RoleModel document format.\n\n"
            + "Example:\n  rolemodel schema > rolemodel.schema.json");
        command.SetAction(_ =>
        {
            console.Out.WriteLine(RoleModelJson.GetSchema());
            return ExitCodes.Success;
        });
        return command;
    }
}

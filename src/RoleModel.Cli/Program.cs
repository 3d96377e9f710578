using RoleModel.Cli;

return CliApp.Run(args, CliConsole.FromProcess());

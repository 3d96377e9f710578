using System.CommandLine;
using RoleModel.Cli.Commands;

namespace RoleModel.Cli;

/// <summary>Builds the command tree and runs one command line, turning every failure into a one-line message and an exit code.</summary>
internal static class CliApp
{
    public static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand(
            "rolemodel: validate, inspect, compare and analyse RoleModel JSON documents of roles, competencies and evolving task profiles.\n"
            + "Without a FILE, the reading commands work on the bundled municipal sample; validate, compare and the recording commands need files.");
        foreach (var command in CommandCatalog.Create(console))
        {
            root.Add(command);
        }

        root.Add(DocumentLoader.With());
        root.Add(DocumentWarnings.Ignore());

        return root;
    }

    /// <summary>
    /// The parse errors to print. An unknown command is one error that names the commands, rather than
    /// "Required command was not provided." followed by the unrecognised word.
    /// </summary>
    private static IEnumerable<string> ErrorMessages(RootCommand root, ParseResult parse)
    {
        if (parse.CommandResult.Command == root && parse.UnmatchedTokens.Count > 0 && !parse.UnmatchedTokens[0].StartsWith('-'))
        {
            return [$"'{parse.UnmatchedTokens[0]}' is not a rolemodel command; commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}."];
        }

        return parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal);
    }

    public static int Run(string[] args, CliConsole console)
    {
        console = TerminalSafeWriter.Protect(console);
        try
        {
            return RunProtected(args, console);
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    private static int RunProtected(string[] args, CliConsole console)
    {
        try
        {
            var root = BuildRoot(console);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var message in ErrorMessages(root, parse))
                {
                    console.WriteError(message);
                }

                console.Error.WriteLine("Run 'rolemodel --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            console.WriteError(e.MessageIn(Localization.Wording.ForUser(console, LangOf(args))));
            return ExitCodes.Usage;
        }
        catch (CommandFailedException e)
        {
            console.WriteError(e.MessageIn(Localization.Wording.ForUser(console, LangOf(args))));
            return ExitCodes.Failure;
        }
        catch (UnknownMembersException e)
        {
            console.WriteError(e.Message);
            return ExitCodes.UnknownMembers;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.WriteError(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace: an unexpected failure is still one plain line.
            console.WriteError(Localization.Wording.ForUser(console, LangOf(args)).Format("Error.Unexpected", e.Message));
            return ExitCodes.Failure;
        }
    }

    /// <summary>The value of <c>--lang</c> on the command line, if any: a failure is told in that language.</summary>
    private static string? LangOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                return args[i]["--lang=".Length..];
            }
        }

        return null;
    }
}

using System.CommandLine;
using System.Runtime.CompilerServices;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>
/// The warnings of a document reach every command that reads it (docs/cli.md, "Warnings"): a summary on standard
/// error (how many, the first one located, how to see all). Unknown members (RM010) are content the user wrote that
/// no command reads, so a command refuses the document (exit code 3) unless <c>--ignore-unknown-members</c> is given.
/// </summary>
internal static class DocumentWarnings
{
    /// <summary>The option that lets a command go on with a document that has unknown members, for the root command.</summary>
    public const string IgnoreOption = "--ignore-unknown-members";

    /// <summary>The most unknown members located when a command refuses a document; <c>validate</c> lists all.</summary>
    public const int ListedLimit = 5;

    /// <summary>The documents already summarised on a console's standard error, so that a command reading a document twice says so once.</summary>
    private static readonly ConditionalWeakTable<TextWriter, HashSet<string>> Summarised = [];

    /// <summary><c>--ignore-unknown-members</c>: for the root command, so that every command that reads a document takes it.</summary>
    public static Option<bool> Ignore() => new(IgnoreOption)
    {
        Description = "Go on when a document has unknown members (warning RM010), which the command then leaves out of its result; without it such a document is refused (exit code 3).",
        Recursive = true,
    };

    /// <summary>Whether <c>--ignore-unknown-members</c> was given.</summary>
    public static bool Ignored(ParseResult? parse) => parse?.GetValue<bool>(IgnoreOption) ?? false;

    /// <summary>
    /// Refuses a document with unknown members unless <paramref name="ignoreUnknown"/> (exit code 3, the first ones located),
    /// and otherwise summarises its warnings on standard error, once per document and console.
    /// </summary>
    public static void Report(LoadedDocument document, CliConsole console, bool ignoreUnknown)
    {
        var warnings = document.Documents
            .SelectMany(d => d.Report.Warnings.Select(p => (d.Name, Problem: p)))
            .ToList();
        if (warnings.Count == 0)
        {
            return;
        }

        var w = Localization.Wording.ForUser(console);
        var unknown = warnings.Where(p => p.Problem.Code == ProblemCodes.UnknownMember).ToList();
        if (unknown.Count > 0 && !ignoreUnknown)
        {
            foreach (var (name, problem) in unknown.Take(ListedLimit))
            {
                console.Error.WriteLine(ProblemFormatter.Format(name, problem, w));
            }

            throw new UnknownMembersException(w.Format("Error.UnknownMembers", document.Name, w.Count(unknown.Count, "Count.UnknownMember"), IgnoreOption));
        }

        var seen = Summarised.GetOrCreateValue(console.Error);
        if (!seen.Add(document.Name))
        {
            return;
        }

        var (firstName, first) = warnings[0];
        console.Error.WriteLine(ProblemFormatter.Format(firstName, first, w));
        var summary = w.Format(warnings.Count == 1 ? "Warnings.One" : "Warnings.Many", document.Name, w.Count(warnings.Count, "Count.Warning"));
        if (unknown.Count > 0)
        {
            summary += " " + w.Format("Warnings.UnknownIgnored", w.Count(unknown.Count, "Count.UnknownMember"), IgnoreOption);
        }

        console.Error.WriteLine($"rolemodel: warning: {summary}");
    }
}

/// <summary>A document has unknown members that the command would leave out (exit code 3).</summary>
internal sealed class UnknownMembersException(string message) : Exception(message);

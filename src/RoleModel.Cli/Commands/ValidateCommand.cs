using System.CommandLine;
using RoleModel.Cli.Localization;
using RoleModel.Validation;

namespace RoleModel.Cli.Commands;

/// <summary><c>rolemodel validate FILE...</c>: every problem of every document, compiler style.</summary>
internal static class ValidateCommand
{
    /// <summary>The most problems listed per document as text, so that a broken document does not flood a terminal or log; JSON lists all.</summary>
    public const int TextProblemLimit = 1000;

    public static Command Create(CliConsole console)
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "RoleModel JSON documents, at least one.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var strict = new Option<bool>("--strict")
        {
            Description = "Warnings fail too (exit code 1), such as unknown members: for integrators' CI.",
        };
        var command = new Command("validate",
            "Check documents and print every problem as file:line:column: severity code: message (path), "
            + $"the first {TextProblemLimit.ToString("N0", Text.Culture)} of each document as text (--format json lists all).\n"
            + "Exit code 0 when every document is valid, 1 when one is not (or, with --strict, has a warning).\n\n"
            + "Example:\n  rolemodel validate docs/samples/municipal.json docs/samples/invalid/*.json")
        {
            files,
            format,
            strict,
        };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], DocumentLoader.Supplied(parse), parse.GetValue(format), parse.GetValue(strict), console));
        return command;
    }

    private static int Run(FileInfo[] files, IReadOnlyList<FileInfo> supplied, OutputFormat format, bool strict, CliConsole console)
    {
        // Each document with the documents it imports, each of those once, under its own name. A file that cannot be
        // read at all (missing, a folder, too long) is said so and gets its verdict; the other files keep theirs.
        var documents = new List<(string Name, ValidationReport Report, bool Valid)>();
        var usage = false;
        foreach (var file in files)
        {
            try
            {
                var document = DocumentLoader.Read(file, supplied);
                documents.AddRange(document.Documents.Select((r, i) => (r.Name, r.Report, Valid: i == 0 ? document.Catalogue is not null && r.Report.IsValid : r.Report.IsValid)));
            }
            catch (Exception e) when (e is UsageException or CommandFailedException or IOException or UnauthorizedAccessException)
            {
                usage |= e is UsageException;
                console.WriteError(e.Message);
                documents.Add((file.ToString(), new ValidationReport([]), false));
            }
        }

        // One verdict per document, the same in the exit code, the text and the JSON: with --strict, a warning fails it too.
        documents = [.. documents.DistinctBy(d => d.Name, StringComparer.Ordinal)];
        var wording = Wording.ForUser(console);
        if (format == OutputFormat.Json)
        {
            WriteJson(documents.Select(d => d with { Valid = Passes(d, strict) }), console.Out);
        }
        else
        {
            documents.ForEach(document => WriteText(document, strict && document.Valid && !Passes(document, strict), wording, console.Out));
        }

        var passed = documents.All(d => Passes(d, strict));
        return usage ? ExitCodes.Usage : passed ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Whether a document passes: valid, and with <c>--strict</c> without warnings either.</summary>
    private static bool Passes((string Name, ValidationReport Report, bool Valid) document, bool strict) =>
        document.Valid && (!strict || document.Report.Problems.IsEmpty);

    /// <summary>The document's problems, at most <see cref="TextProblemLimit"/> and a note of the others, and its verdict.</summary>
    private static void WriteText((string Name, ValidationReport Report, bool Valid) document, bool failsStrict, Wording w, TextWriter output)
    {
        var name = TerminalSafeWriter.Neutralise(document.Name);
        var problems = document.Report.Problems;
        foreach (var problem in problems.Take(TextProblemLimit))
        {
            output.WriteLine(ProblemFormatter.Format(document.Name, problem, w));
        }

        if (problems.Length > TextProblemLimit)
        {
            output.WriteLine(w.Format("Validate.MoreProblems", name, w.Count(problems.Length - TextProblemLimit, "Count.MoreProblem"), w.Number(problems.Length)));
        }

        var errors = document.Report.Errors.Count();
        var warnings = document.Report.Warnings.Count();
        if (!document.Valid && errors == 0)
        {
            output.WriteLine(w.Format("Validate.NotRead", name));
            return;
        }

        if (failsStrict)
        {
            output.WriteLine(w.Format("Validate.FailsStrict", name, w.Count(warnings, "Count.Warning")));
            return;
        }

        output.WriteLine(document.Valid
            ? w.Format("Validate.Valid", name, w.Count(warnings, "Count.Warning"))
            : w.Format("Validate.Invalid", name, w.Count(errors, "Count.Error"), w.Count(warnings, "Count.Warning")));
    }

    private static void WriteJson(IEnumerable<(string Name, ValidationReport Report, bool Valid)> documents, TextWriter output) =>
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartArray();
            foreach (var document in documents)
            {
                writer.WriteStartObject();
                writer.WriteString("file", document.Name);
                writer.WriteBoolean("valid", document.Valid);
                writer.WriteStartArray("problems");
                foreach (var problem in document.Report.Problems)
                {
                    JsonOutput.WriteProblem(writer, problem);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
}

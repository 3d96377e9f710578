using System.Text;
using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Cli;

/// <summary>Helpers for <c>--format json</c>: results as one indented JSON document on standard output.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A computed number as the decimal people expect (0.15, not 0.15000000000000002): six decimals are plenty for scores.</summary>
    public static void WriteRounded(Utf8JsonWriter writer, string name, double value) => writer.WriteNumber(name, Math.Round(value, 6));

    public static void WriteProblem(Utf8JsonWriter writer, ValidationProblem problem)
    {
        writer.WriteStartObject();
        writer.WriteString("code", problem.Code);
        writer.WriteString("severity", ProblemFormatter.Severity(problem.Severity));
        writer.WriteString("path", problem.Path);
        writer.WriteString("message", problem.Message);
        if (problem.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        if (problem.Column is { } column)
        {
            writer.WriteNumber("column", column);
        }

        writer.WriteEndObject();
    }
}

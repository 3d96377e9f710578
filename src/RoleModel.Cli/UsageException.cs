using NodaTime;
using RoleModel.Cli.Localization;

namespace RoleModel.Cli;

/// <summary>Wrong usage found while running a command (a file that does not exist, say): exit code 2.</summary>
internal sealed class UsageException : WordedException
{
    public UsageException(string message)
        : base(message)
    {
    }

    private UsageException(string key, object?[] values)
        : base(key, values)
    {
    }

    /// <summary>A failure whose message is the tool's wording <paramref name="key"/> (Wording.resx), shown in the user's language.</summary>
    public static UsageException Worded(string key, params object?[] values) => new(key, values);
}

/// <summary>A lookup or document failure found while running a command: exit code 1.</summary>
internal sealed class CommandFailedException : WordedException
{
    public CommandFailedException(string message)
        : base(message)
    {
    }

    private CommandFailedException(string key, object?[] values)
        : base(key, values)
    {
    }

    /// <summary>A failure whose message is the tool's wording <paramref name="key"/> (Wording.resx), shown in the user's language.</summary>
    public static CommandFailedException Worded(string key, params object?[] values) => new(key, values);
}

/// <summary>A value of a failure message that is itself the tool's wording, such as <c>List.None</c> ("none", "keine").</summary>
internal readonly record struct WordingKey(string Key);

/// <summary>
/// A failure with a message in English (<see cref="Exception.Message"/>) and, when it comes from the tool's wording,
/// in another language (<see cref="MessageIn"/>): days as that language writes them (30.06.2024), instants as in
/// heading lines.
/// </summary>
internal abstract class WordedException : Exception
{
    private readonly string? key;
    private readonly object?[] values = [];

    protected WordedException(string message)
        : base(message)
    {
    }

    protected WordedException(string key, object?[] values)
        : base(Fill(Wording.English, key, values))
    {
        this.key = key;
        this.values = values;
    }

    /// <summary>The message in a wording's language; a message not from the wording stays as it is.</summary>
    public string MessageIn(Wording wording) => key is null ? Message : Fill(wording, key, values);

    private static string Fill(Wording wording, string key, object?[] values) =>
        wording.Format(key, [.. values.Select(v => v switch
        {
            LocalDate day => wording.Day(day),
            Instant instant => wording.Moment(instant),
            WordingKey text => wording[text.Key],
            _ => v,
        })]);
}

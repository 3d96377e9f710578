using System.Globalization;

namespace RoleModel.Discovery.Training.CommandLine;

/// <summary>
/// The <c>--name value</c> options of one command. Every option must be one the command knows, given at most once and
/// followed by a value; anything else is a <see cref="UsageException"/> that names the option (and, for a misspelling,
/// the option meant).
/// </summary>
internal sealed class CommandOptions
{
    private readonly string command;
    private readonly Dictionary<string, string> values;

    private CommandOptions(string command, Dictionary<string, string> values) => (this.command, this.values) = (command, values);

    /// <summary>Reads <paramref name="arguments"/> (the words after the command's name) against the options <paramref name="known"/>.</summary>
    /// <exception cref="UsageException">An argument is not a known option, an option is repeated, or a value is missing.</exception>
    public static CommandOptions Parse(string command, IReadOnlyList<string> arguments, IReadOnlyCollection<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i += 2)
        {
            var name = arguments[i];
            if (!known.Contains(name))
            {
                throw new UsageException(name.StartsWith("--", StringComparison.Ordinal)
                    ? $"'{command}' has no option '{name}'{Suggestion(name, known)}"
                    : $"'{command}' takes options only ({string.Join(", ", known)}), not '{name}'.");
            }

            if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"The option '{name}' of '{command}' needs a value.");
            }

            if (!values.TryAdd(name, arguments[i + 1]))
            {
                throw new UsageException($"The option '{name}' of '{command}' is given twice.");
            }
        }

        return new CommandOptions(command, values);
    }

    /// <summary>The value of a required option.</summary>
    /// <exception cref="UsageException">The option is missing.</exception>
    public string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new UsageException($"'{command}' needs the option '{name}'.");

    /// <summary>The value of an optional option, or null when it is not given.</summary>
    public string? Optional(string name) => values.GetValueOrDefault(name);

    /// <summary>The value of a whole-number option from <paramref name="minimum"/> to <paramref name="maximum"/>, or <paramref name="fallback"/> when it is not given.</summary>
    /// <exception cref="UsageException">The value is not such a number.</exception>
    public int Integer(string name, int fallback, int minimum, int maximum)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new UsageException($"The option '{name}' must be a whole number from {minimum} to {maximum}, not '{text}'.");
    }

    /// <summary>The value of a positive number option (such as <c>5e-5</c>), or <paramref name="fallback"/> when it is not given.</summary>
    /// <exception cref="UsageException">The value is not a positive, finite number.</exception>
    public double Positive(string name, double fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? value
            : throw new UsageException($"The option '{name}' must be a positive number such as 5e-5, not '{text}'.");
    }

    private static string Suggestion(string name, IReadOnlyCollection<string> known)
    {
        var nearest = known.MinBy(k => EditDistance(name, k));
        return nearest is not null && EditDistance(name, nearest) <= 3 ? $"; did you mean '{nearest}'?" : $" (it has {string.Join(", ", known)}).";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

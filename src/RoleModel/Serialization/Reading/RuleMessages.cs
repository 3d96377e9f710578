using System.Text.RegularExpressions;
using RoleModel.Validation;

namespace RoleModel.Serialization.Reading;

/// <summary>
/// The messages of rules the reader does not word itself, as templates so that they read in other languages: the
/// JSON reader's syntax messages and the model types' own argument rules. The English stays exactly as the reader or
/// the model type wrote it; a message no pattern here knows stays as it is, in every language.
/// </summary>
internal static partial class RuleMessages
{
    /// <summary>A model type's rule ("The kind must not be empty or white space.") as a message with a template.</summary>
    internal static ProblemMessage ModelRule(string english)
    {
        if (string.Equals(english, "A scale mapping must connect two different scales.", StringComparison.Ordinal))
        {
            return ProblemMessage.Of("Rule.SameScales");
        }

        if (ModelRulePattern().Match(english) is { Success: true } match)
        {
            var key = match.Groups["rule"].Value switch
            {
                "must not be empty or white space" => "Rule.Blank",
                "must not start or end with white space" => "Rule.EdgeSpace",
                "must be a percentage between 0 and 100" => "Rule.Percentage",
                _ => "Rule.NullElements",
            };
            return ProblemMessage.Of(match.Groups["item"].Success ? key + ".Item" : key, match.Groups["name"].Value);
        }

        return TwicePattern().Match(english) is { Success: true } twice
            ? ProblemMessage.Of("Rule.Twice", twice.Groups["name"].Value, twice.Groups["value"].Value)
            : english;
    }

    /// <summary>
    /// A syntax message of the JSON reader, cut to its rule: the frequent ones with a template of their own, any other
    /// in a template that quotes the reader's English.
    /// </summary>
    internal static ProblemMessage JsonSyntax(string english) => english switch
    {
        "The JSON object contains a trailing comma at the end, which JSON does not allow." => ProblemMessage.Of("Json.TrailingCommaObject"),
        "The JSON array contains a trailing comma at the end, which JSON does not allow." => ProblemMessage.Of("Json.TrailingCommaArray"),
        _ when english.StartsWith("Expected depth to be zero at the end of the JSON payload.", StringComparison.Ordinal) && english.Length < 200
            => ProblemMessage.Worded(english, "Json.Unclosed"),
        _ => ProblemMessage.Of("Json.Reader", english),
    };

    [GeneratedRegex(@"^(?<item>An item of )?(The )?(?<name>[^ ]+) (?<rule>must not be empty or white space|must not start or end with white space|must be a percentage between 0 and 100|must not contain null elements)\.$")]
    private static partial Regex ModelRulePattern();

    [GeneratedRegex(@"^The (?<name>[^ ]+) must not contain '(?<value>.*)' twice\.$")]
    private static partial Regex TwicePattern();
}

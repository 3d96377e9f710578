using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RoleModel.Evolution;

namespace RoleModel.Cli;

/// <summary>
/// How the patterns and evolve commands compare tasks, as options: <c>--similarity-threshold</c> and
/// <c>--min-roles</c>. Checked while parsing with the library's own rules (a bad value is exit 2).
/// </summary>
internal sealed class PatternSettings
{
    public Option<double?> Threshold { get; } = new("--similarity-threshold")
    {
        Description = "The similarity of two task titles, above 0 and at most 1, from which they count as the same work (default 0.35).",
        HelpName = "SIMILARITY",
        CustomParser = ParseThreshold,
    };

    public Option<int?> MinimumRoles { get; } = new("--min-roles")
    {
        Description = "How many different roles a group of similar tasks needs to count as a pattern, at least 2 (default 2).",
        HelpName = "N",
        CustomParser = ParseMinimumRoles,
    };

    /// <summary>The options of the library, from the values given (its defaults for those not given; <paramref name="threshold"/>, when given, for the threshold).</summary>
    public PatternOptions Read(ParseResult parse, ITaskSimilarity? similarity = null, double? threshold = null) => new(
        similarity,
        threshold: parse.GetValue(Threshold) ?? threshold ?? PatternOptions.Default.Threshold,
        minimumRoles: parse.GetValue(MinimumRoles) ?? PatternOptions.Default.MinimumRoles);

    private static double? ParseThreshold(ArgumentResult result) =>
        CommonOptions.Number(result, "similarity", "a number above 0 and at most 1, such as 0.35", threshold => _ = new PatternOptions(threshold: threshold));

    private static int? ParseMinimumRoles(ArgumentResult result)
    {
        var text = CommonOptions.Token(result);
        return CommonOptions.Checked<int?>(result, text, "number of roles", "a whole number of at least 2", () =>
        {
            if (!int.TryParse(text, NumberStyles.None, Text.Culture, out var count))
            {
                return null;
            }

            _ = new PatternOptions(minimumRoles: count);
            return count;
        });
    }
}

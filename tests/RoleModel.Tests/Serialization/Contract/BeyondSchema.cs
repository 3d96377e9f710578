using RoleModel.Validation;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>
/// The rules a JSON Schema cannot state, as docs/format.md lists them ("What the schema cannot say"): a
/// document the schema accepts may break only these. Any other problem the reader reports for such a document
/// is a leak in the contract.
/// </summary>
internal static class BeyondSchema
{
    /// <summary>
    /// Messages of rules the schema states (white space, ranges, enumerations, members a change's kind does
    /// not have, ...): never a reason for the reader to refuse a document the schema accepts.
    /// </summary>
    private static readonly string[] StatedBySchema =
    [
        "white space", "must not be empty", "between 0 and 100", "has no member", "must replace at least one",
        "must not contain '", "at least one level", "at least one competency", "positive, finite", "come together",
        "is not a valid", "expected one of", "A fixed role must not allow",
    ];

    /// <summary>The rule a problem breaks when it is one the schema cannot state, in words for test output; null for a leak.</summary>
    internal static string? Rule(ValidationProblem problem)
    {
        return problem.Code switch
        {
            ProblemCodes.DuplicateMember => "duplicate member names (RM002)",
            ProblemCodes.TooDeep => "nesting deeper than 64 (RM008)",
            ProblemCodes.JsonSyntax when problem.Message.Contains("lone surrogate", StringComparison.Ordinal) => "lone surrogates (RM001)",
            ProblemCodes.NumberOutOfRange => "numbers beyond a decimal or double (RM009)",
            ProblemCodes.InvalidValue when problem.Message.Contains("must not occur twice in a localized text", StringComparison.Ordinal) => "culture names unique ignoring case (RM100)",
            ProblemCodes.InvalidValue when StatedBySchema.Any(s => problem.Message.Contains(s, StringComparison.Ordinal)) => null,
            ProblemCodes.InvalidValue => "a comparison between members or objects (RM100): " + Comparison(problem.Message),
            _ when problem.Code.StartsWith("RM1", StringComparison.Ordinal) => $"a rule across objects ({problem.Code} {CodeName(problem.Code)})",
            _ => null,
        };
    }

    private static readonly (string Fragment, string Rule)[] Comparisons =
    [
        ("cannot descend from itself", "a lineage fact from the role itself"),
        ("must expire after", "an expiry after the assessment"),
        ("must not be recorded before", "changes in recorded order"),
        ("last day of an assignment", "an assignment that ends after it starts"),
        ("must not be above the", "a minimum share not above its maximum"),
        ("to its own role", "a delegation to another role"),
        ("must not occur twice", "an identifier unique in its object"),
    ];

    private static string Comparison(string message) =>
        Comparisons.FirstOrDefault(c => message.Contains(c.Fragment, StringComparison.Ordinal)).Rule ?? message;

    private static string CodeName(string code) =>
        typeof(ProblemCodes).GetFields().FirstOrDefault(f => (string?)f.GetValue(null) == code)?.Name ?? code;
}

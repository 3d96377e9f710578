using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using RoleModel.Analysis;

namespace RoleModel.Cli;

/// <summary>
/// The settings of gap analysis, fit scores, ranking and coverage, as options of every command that runs them:
/// <c>--essential-share</c> and <c>--stale-after</c>. Values are checked while parsing, with the library's own rules,
/// so that a malformed value is a usage error (exit 2) before any document is read. Scale mappings come from the
/// document (a framework's <c>scaleMappings</c>).
/// </summary>
internal sealed class AnalysisSettings
{
    public Option<double?> EssentialShare { get; } = new("--essential-share")
    {
        Description = "The share of the fit score that essential requirements carry when a role also has optional ones: above 0.5 and at most 1 (default 0.8).",
        HelpName = "SHARE",
        CustomParser = ParseShare,
    };

    public Option<Period?> StaleAfter { get; } = new("--stale-after")
    {
        Description = "Flag assessments older than this on the day of the comparison as stale (they still count): an ISO 8601 period such as P3Y (default), P18M or P90D.",
        HelpName = "PERIOD",
        CustomParser = ParsePeriod,
    };

    /// <summary>The options of the library, from the values given (the library's defaults for those not given).</summary>
    public AnalysisOptions Read(ParseResult parse) =>
        new(parse.GetValue(StaleAfter), parse.GetValue(EssentialShare) ?? AnalysisOptions.Default.EssentialShare);

    private static double? ParseShare(ArgumentResult result) =>
        CommonOptions.Number(result, "share", "a number above 0.5 and at most 1, such as 0.8", share => _ = new AnalysisOptions(essentialShare: share));

    private static Period? ParsePeriod(ArgumentResult result)
    {
        var text = CommonOptions.Token(result);
        return CommonOptions.Checked<Period?>(result, text, "period", "a positive ISO 8601 period of years, months, weeks or days, such as P3Y, P18M or P90D", () =>
        {
            var parsed = PeriodPattern.NormalizingIso.Parse(text);
            if (!parsed.Success)
            {
                return null;
            }

            _ = new AnalysisOptions(stalenessPeriod: parsed.Value);
            return parsed.Value;
        });
    }
}

using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>
/// The grading criterion of a report: the one given on the command line, else "at least half of the working
/// time on tasks that need the level the role's weightiest essential requirement asks for, or higher" (among equal
/// weights, the highest level).
/// </summary>
internal static class GradingChoice
{
    public static GradingCriterion? Choose(Catalogue catalogue, Role role, string? area, string? level, decimal threshold)
    {
        if (area is not null && level is not null)
        {
            throw UsageException.Worded("Usage.BothGradings");
        }

        if (area is not null)
        {
            return role.FindArea(area) is not null
                ? GradingCriterion.InArea(area, threshold)
                : throw CommandFailedException.Worded("Fail.NoArea", role.Id, area, Lookup.Some(role.Areas.Select(a => a.Id)));
        }

        if (level is not null)
        {
            var parts = level.Split(':');
            if (parts.Length != 2)
            {
                throw UsageException.Worded("Usage.GradingLevel", level);
            }

            var scale = catalogue.FindScale(parts[0]) ?? throw CommandFailedException.Worded("Fail.NoScale", parts[0]);
            return scale.FindLevel(parts[1]) is not null
                ? GradingCriterion.NeedsLevel(scale, parts[1], threshold)
                : throw CommandFailedException.Worded("Fail.NoLevel", scale.Id, parts[1], string.Join(", ", scale.Levels.Select(l => l.Code)));
        }

        var highest = catalogue.Resolve(role).Requirements
            .Where(r => r.Importance == RequirementImportance.Essential && r.MinimumLevel is not null)
            .Select(r => (Level: r.MinimumLevel!, r.Weight, Scale: catalogue.FindScale(r.MinimumLevel!.ScaleId)))
            .Where(r => r.Scale?.FindLevel(r.Level.LevelCode) is not null)
            .OrderByDescending(r => r.Weight)
            .ThenByDescending(r => r.Scale!.GetPosition(r.Level.LevelCode))
            .FirstOrDefault();
        return highest.Scale is { } found ? GradingCriterion.NeedsLevel(found, highest.Level.LevelCode, threshold) : null;
    }

    /// <summary>The criterion in one plain sentence.</summary>
    public static string Statement(ReportContext context, Role role, GradingCriterion criterion) =>
        criterion.AreaId is { } area
            ? context.W.Format("Grading.CriterionArea", context.Percent(criterion.Threshold), context.AreaLabel(role, area))
            : context.W.Format("Grading.CriterionLevel", context.Percent(criterion.Threshold), context.LevelName(new LevelReference(criterion.Scale!.Id, criterion.LevelCode!)));
}

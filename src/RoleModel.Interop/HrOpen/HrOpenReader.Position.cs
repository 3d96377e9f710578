using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Interop.HrOpen;

/// <summary>The PositionOpening (its documentId and first profile) and the PositionProfile: positionId, positionTitle,
/// jobCategories, positionFormattedDescriptions and positionQualifications[].positionCompetencies[].</summary>
internal sealed partial class HrOpenReader
{
    private void ReadOpening(JsonElement root)
    {
        foreach (var member in root.EnumerateObject())
        {
            var at = Member("$", member.Name);
            switch (member.Name)
            {
                case "documentId":
                    var (value, _) = Identifier(member.Value, at);
                    parts.RoleId ??= Id(value, Member(at, "value"));
                    parts.RoleIdPath ??= at;
                    break;
                case "positionProfiles":
                    var profiles = Objects(member.Value, at).ToList();
                    if (profiles.Count == 0 && member.Value.ValueKind == JsonValueKind.Array)
                    {
                        Error(at, ProblemMessage.Of("HrOpen.OpeningNoProfile"));
                    }

                    foreach (var (profile, path) in profiles.Take(1))
                    {
                        ReadProfile(profile, path);
                    }

                    foreach (var (_, path) in profiles.Skip(1))
                    {
                        Warning(path, ProblemMessage.Of("HrOpen.FirstProfile"));
                    }

                    break;
                default: NotImported(at); break;
            }
        }
    }

    private void ReadProfile(JsonElement profile, string path)
    {
        foreach (var member in profile.EnumerateObject())
        {
            var at = Member(path, member.Name);
            switch (member.Name)
            {
                case "positionId":
                    var (value, _) = Identifier(member.Value, at);
                    if (Id(value, Member(at, "value")) is { } id)
                    {
                        (parts.RoleId, parts.RoleIdPath) = (id, at);
                    }

                    break;
                case "positionTitle": parts.Title = String(member.Value, at); break;
                case "jobCategories":
                    foreach (var (item, itemPath) in Objects(member.Value, at))
                    {
                        ReadCategory(item, itemPath);
                    }

                    break;
                case "positionFormattedDescriptions":
                    foreach (var (item, itemPath) in Objects(member.Value, at))
                    {
                        ReadDescription(item, itemPath);
                    }

                    break;
                case "positionQualifications":
                    foreach (var (item, itemPath) in Objects(member.Value, at))
                    {
                        ReadQualification(item, itemPath);
                    }

                    break;
                default: NotImported(at); break;
            }
        }
    }

    private void ReadCategory(JsonElement item, string path)
    {
        if (!item.TryGetProperty("id", out var id))
        {
            NotImported(path);
            return;
        }

        var (value, scheme) = Identifier(id, Member(path, "id"));
        if (scheme == HrOpenNames.IscoScheme && value is not null)
        {
            parts.Tags.Add("isco:" + value);
        }
        else
        {
            Warning(path, ProblemMessage.Of("HrOpen.ClassificationIsco"));
        }
    }

    private void ReadDescription(JsonElement item, string path)
    {
        string? id = null, scheme = null, title = null, content = null;
        foreach (var member in item.EnumerateObject())
        {
            var at = Member(path, member.Name);
            switch (member.Name)
            {
                case "descriptionId": (id, scheme) = Identifier(member.Value, at); break;
                case "title": title = String(member.Value, at); break;
                case "content": content = String(member.Value, at); break;
                default: NotImported(at); break;
            }
        }

        var idPath = Member(path, "descriptionId.value");
        switch (scheme)
        {
            case HrOpenNames.PurposeScheme when content is not null && parts.Purpose is null:
                parts.Purpose = content;
                break;
            case HrOpenNames.OutcomeScheme when content is not null:
                parts.Outcomes.Add(content);
                break;
            case HrOpenNames.AreaScheme when Id(id, idPath) is { } areaId:
                parts.Areas.Add((areaId, title ?? areaId, path));
                break;
            case HrOpenNames.TaskScheme when Id(id, idPath) is { } taskId:
                parts.Tasks.Add(new TaskPart(taskId, title ?? taskId, content, path));
                break;
            default:
                Warning(path, ProblemMessage.Of("HrOpen.DescriptionUnnamed"));
                break;
        }
    }

    private void ReadQualification(JsonElement item, string path)
    {
        foreach (var member in item.EnumerateObject())
        {
            var at = Member(path, member.Name);
            if (member.Name != "positionCompetencies")
            {
                NotImported(at);
                continue;
            }

            foreach (var (competency, competencyPath) in Objects(member.Value, at))
            {
                ReadPositionCompetency(competency, competencyPath);
            }
        }
    }

    private void ReadPositionCompetency(JsonElement item, string path)
    {
        string? id = null, name = null;
        var weight = 1.0;
        RequirementImportance? importance = null;
        LevelPart? level = null;
        foreach (var member in item.EnumerateObject())
        {
            var at = Member(path, member.Name);
            switch (member.Name)
            {
                case "competencyIds":
                    foreach (var (idItem, idPath) in Items(member.Value, at))
                    {
                        var (value, _) = Identifier(idItem, idPath);
                        if (id is null)
                        {
                            id = Id(value, Member(idPath, "value"));
                        }
                        else
                        {
                            Warning(idPath, ProblemMessage.Of("HrOpen.FirstIdentifier"));
                        }
                    }

                    break;
                case "taxonomyIds":
                    // The taxonomy is told by the competency's identifier (an ESCO URI or not); the rest is checked only for shape.
                    _ = Objects(member.Value, at).Count();

                    break;
                case "competencyName": name = String(member.Value, at); break;
                case "weight": weight = Weight(member.Value, at) ?? weight; break;
                case "requiredProficiencyLevel" or "desiredProficiencyLevel":
                    if (importance is not null)
                    {
                        Error(at, ProblemMessage.Of("HrOpen.RequiredOrDesired"));
                    }

                    importance = member.Name == "requiredProficiencyLevel" ? RequirementImportance.Essential : RequirementImportance.Optional;
                    level = Score(member.Value, at);
                    break;
                default: NotImported(at); break;
            }
        }

        if (id is null)
        {
            Error(path, ProblemMessage.Of("HrOpen.PositionCompetencyNoId"));
            return;
        }

        parts.Requirements.Add(new RequirementPart(id, name ?? id, CompetencyKind.Skill, importance ?? RequirementImportance.Essential, weight, level, path));
    }

    private double? Weight(JsonElement value, string path)
    {
        if (!Expect(value, JsonValueKind.Object, path, ProblemMessage.Of("Json.Expected.WeightObject")))
        {
            return null;
        }

        double? weight = null;
        foreach (var member in value.EnumerateObject())
        {
            var at = Member(path, member.Name);
            if (member.Name != "value")
            {
                NotImported(at);
            }
            else if (Expect(member.Value, JsonValueKind.Number, at, ProblemMessage.Of("Json.Kind.Number")))
            {
                var number = member.Value.GetDouble();
                if (!double.IsFinite(number) || number <= 0)
                {
                    Error(at, ProblemMessage.Of("HrOpen.WeightNotPositive", number));
                }
                else
                {
                    weight = number;
                }
            }
        }

        return weight;
    }

    private LevelPart? Score(JsonElement value, string path)
    {
        if (!Expect(value, JsonValueKind.Object, path, ProblemMessage.Of("Json.Expected.ScoreObject")))
        {
            return null;
        }

        LevelPart? level = null;
        foreach (var member in value.EnumerateObject())
        {
            var at = Member(path, member.Name);
            if (member.Name != "scoresText")
            {
                NotImported(at);
                continue;
            }

            foreach (var (score, scorePath) in Objects(member.Value, at))
            {
                if (level is not null)
                {
                    Warning(scorePath, ProblemMessage.Of("HrOpen.FirstScore"));
                    continue;
                }

                level = TextScore(score, scorePath);
            }
        }

        return level;
    }

    private LevelPart? TextScore(JsonElement score, string path)
    {
        string? code = null, scale = null, minimum = null, maximum = null;
        foreach (var member in score.EnumerateObject())
        {
            var at = Member(path, member.Name);
            switch (member.Name)
            {
                case "value": code = Id(String(member.Value, at), at); break;
                case "scoreTextCode": scale = Id(String(member.Value, at), at); break;
                case "minimum": minimum = Id(String(member.Value, at), at); break;
                case "maximum": maximum = Id(String(member.Value, at), at); break;
                default: NotImported(at); break;
            }
        }

        if (code is null || scale is null)
        {
            Error(path, ProblemMessage.Of("HrOpen.ScoreLevelIncomplete"));
            return null;
        }

        return new LevelPart(scale, code, minimum, maximum, null);
    }
}

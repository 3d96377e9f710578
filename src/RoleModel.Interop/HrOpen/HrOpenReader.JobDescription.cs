using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Interop.HrOpen;

/// <summary>The JDX JobDescription: positionID, title, descriptions, responsibilities, tasks, competencies, skills, knowledge.</summary>
internal sealed partial class HrOpenReader
{
    private void ReadJobDescription(JsonElement root)
    {
        foreach (var member in root.EnumerateObject())
        {
            var at = Member("$", member.Name);
            switch (member.Name)
            {
                case "positionID": parts.RoleId = Id(String(member.Value, at), at); parts.RoleIdPath = at; break;
                case "title": parts.Title = String(member.Value, at); break;
                case "descriptions":
                    parts.Purpose = FirstText(member.Value, at, parts.Purpose, ProblemMessage.Of("HrOpen.OnePurpose"));
                    break;
                case "responsibilities":
                    foreach (var (item, path) in Objects(member.Value, at))
                    {
                        var term = Term(item, path);
                        NoAnnotation(term, path);
                        if (term.Set == HrOpenNames.AreaSet && term.Code is { } code && Id(code, Member(path, "termCode")) is { } areaId)
                        {
                            parts.Areas.Add((areaId, term.Name ?? areaId, path));
                        }
                        else if (term.Name is { } outcome)
                        {
                            parts.Outcomes.Add(outcome);
                            if (term.Code is not null)
                            {
                                Warning(Member(path, "termCode"), ProblemMessage.Of("HrOpen.OutcomeNoIdentifier"));
                            }

                            if (term.Description is not null)
                            {
                                Warning(Member(path, "descriptions"), ProblemMessage.Of("HrOpen.OutcomeOneText"));
                            }
                        }
                        else
                        {
                            Error(path, ProblemMessage.Of("HrOpen.ResponsibilityNoName"));
                        }
                    }

                    break;
                case "tasks":
                    foreach (var (item, path) in Objects(member.Value, at))
                    {
                        var term = Term(item, path);
                        NoAnnotation(term, path);
                        var id = Id(term.Code, Member(path, "termCode"));
                        if (id is null && term.Code is null)
                        {
                            Error(path, ProblemMessage.Of("HrOpen.TaskNoTermCode"));
                        }
                        else if (id is not null)
                        {
                            parts.Tasks.Add(new TaskPart(id, term.Name ?? id, term.Description, path));
                        }
                    }

                    break;
                case "competencies" or "skills" or "knowledge":
                    foreach (var (item, path) in Objects(member.Value, at))
                    {
                        ReadCompetencyTerm(item, path, member.Name == "knowledge" ? CompetencyKind.Knowledge : CompetencyKind.Skill);
                    }

                    break;
                default: NotImported(at); break;
            }
        }
    }

    private void ReadCompetencyTerm(JsonElement item, string path, CompetencyKind kind)
    {
        var term = Term(item, path);
        if (term.Code is null)
        {
            Error(path, ProblemMessage.Of("HrOpen.CompetencyNoTermCode"));
            return;
        }

        if (Id(term.Code, Member(path, "termCode")) is not { } id)
        {
            return;
        }

        var importance = term.Preferred == true || term.Required == false ? RequirementImportance.Optional : RequirementImportance.Essential;
        if (term.Description is not null && HrOpenNames.IsEsco(id))
        {
            Warning(Member(path, "descriptions"), ProblemMessage.Of("HrOpen.EscoDescribed"));
        }

        parts.Requirements.Add(new RequirementPart(id, term.Name ?? id, kind, importance, 1.0, term.Level, path) { Description = term.Description });
    }

    /// <summary>Tasks and responsibilities carry no annotation in RoleModel: one found is reported, not dropped.</summary>
    private void NoAnnotation(TermPart term, string path)
    {
        if (term.HasAnnotation)
        {
            Warning(Member(path, "annotation"), ProblemMessage.Of("HrOpen.NoPlace"));
        }
    }

    private TermPart Term(JsonElement item, string path)
    {
        var term = new TermPart();
        foreach (var member in item.EnumerateObject())
        {
            var at = Member(path, member.Name);
            switch (member.Name)
            {
                case "name": term.Name = String(member.Value, at); break;
                case "termCode": term.Code = String(member.Value, at); break;
                case "descriptions":
                    term.Description = FirstText(member.Value, at, term.Description, ProblemMessage.Of("HrOpen.OneDescription"));
                    break;
                case "inDefinedTermSet":
                    if (Expect(member.Value, JsonValueKind.Object, at, ProblemMessage.Of("Json.Expected.DefinedTermSetObject")))
                    {
                        foreach (var setMember in member.Value.EnumerateObject())
                        {
                            var setAt = Member(at, setMember.Name);
                            switch (setMember.Name)
                            {
                                case "name": term.Set = String(setMember.Value, setAt); break;
                                case "url": String(setMember.Value, setAt); break; // the taxonomy is told by the term code (an ESCO URI or not)
                                default: NotImported(setAt); break;
                            }
                        }
                    }

                    break;
                case "annotation": term.HasAnnotation = true; ReadAnnotation(member.Value, at, term); break;
                default: NotImported(at); break;
            }
        }

        return term;
    }

    private void ReadAnnotation(JsonElement value, string path, TermPart term)
    {
        if (!Expect(value, JsonValueKind.Object, path, ProblemMessage.Of("Json.Expected.AnnotationObject")))
        {
            return;
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = Member(path, member.Name);
            switch (member.Name)
            {
                case "required" or "preferred":
                    if (Expect(member.Value, JsonValueKind.True, at, ProblemMessage.Of("Json.Expected.TrueOrFalse")))
                    {
                        if (member.Name == "required")
                        {
                            term.Required = member.Value.GetBoolean();
                        }
                        else
                        {
                            term.Preferred = member.Value.GetBoolean();
                        }
                    }

                    break;
                case "scaleCategory":
                    if (Expect(member.Value, JsonValueKind.Object, at, ProblemMessage.Of("Json.Expected.DefinedTermObject")))
                    {
                        var level = Term(member.Value, at);
                        if (level.Code is null || level.Set is null)
                        {
                            Error(at, ProblemMessage.Of("HrOpen.TermLevelIncomplete"));
                        }
                        else if (Id(level.Code, Member(at, "termCode")) is { } code && Id(level.Set, Member(at, "inDefinedTermSet.name")) is { } scale)
                        {
                            term.Level = new LevelPart(scale, code, null, null, level.Name);
                        }
                    }

                    break;
                default: NotImported(at); break;
            }
        }
    }

    private sealed class TermPart
    {
        public string? Name { get; set; }

        public string? Code { get; set; }

        public string? Description { get; set; }

        public string? Set { get; set; }

        public bool? Required { get; set; }

        public bool? Preferred { get; set; }

        public LevelPart? Level { get; set; }

        public bool HasAnnotation { get; set; }
    }
}

using System.Text.Json;
using RoleModel.Validation;

namespace RoleModel.Interop.HrOpen;

/// <summary>Reads one HR Open document into a <see cref="RoleParts"/>, reporting each problem at its path.</summary>
internal sealed partial class HrOpenReader(string fileName, HrOpenImportOptions options)
{
    private readonly List<ImportProblem> problems = [];
    private readonly RoleParts parts = new(options);

    public HrOpenImportResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error("$", ProblemMessage.Of("HrOpen.NotObject", Kind(root)));
            return new HrOpenImportResult(null, null, problems);
        }

        HrOpenShape? shape;
        if (root.TryGetProperty("positionProfiles", out _))
        {
            shape = HrOpenShape.PositionOpening;
            ReadOpening(root);
        }
        else if (root.TryGetProperty("positionTitle", out _) || root.TryGetProperty("positionQualifications", out _))
        {
            shape = HrOpenShape.PositionOpening;
            ReadProfile(root, "$");
        }
        else if (root.TryGetProperty("title", out _) || root.TryGetProperty("positionID", out _))
        {
            shape = HrOpenShape.JobDescription;
            ReadJobDescription(root);
        }
        else
        {
            Error("$", ProblemMessage.Of("HrOpen.UnknownShape"));
            return new HrOpenImportResult(null, null, problems);
        }

        var catalogue = problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : parts.Build(this);
        return new HrOpenImportResult(catalogue, shape, problems);
    }

    internal void Error(string path, ProblemMessage message) => problems.Add(new ImportProblem(ProblemSeverity.Error, fileName, null, message.At(path)));

    internal void Warning(string path, ProblemMessage message) => problems.Add(new ImportProblem(ProblemSeverity.Warning, fileName, null, message.At(path)));

    private void NotImported(string path) => Warning(path, ProblemMessage.Of("HrOpen.NoPlace"));

    private static ProblemMessage Kind(JsonElement value) => ProblemMessage.Of(value.ValueKind switch
    {
        JsonValueKind.Object => "Json.Kind.Object",
        JsonValueKind.Array => "Json.Kind.Array",
        JsonValueKind.String => "Json.Kind.String",
        JsonValueKind.Number => "Json.Kind.Number",
        JsonValueKind.True or JsonValueKind.False => "Json.Kind.Boolean",
        _ => "Json.Kind.Null",
    });

    private static string Member(string path, string name) => path + "." + name;

    private bool Expect(JsonElement value, JsonValueKind kind, string path, ProblemMessage what)
    {
        if (value.ValueKind == kind || (kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False))
        {
            return true;
        }

        Error(path, ProblemMessage.Of("HrOpen.Expected", what, Kind(value)));
        return false;
    }

    private string? String(JsonElement value, string path) => Expect(value, JsonValueKind.String, path, ProblemMessage.Of("Json.Kind.String")) ? value.GetString() : null;

    /// <summary>The text kept from an array of texts: <paramref name="kept"/> if there is one already, else the first text;
    /// every further text is a warning (<paramref name="why"/>) at its path, never dropped silently.</summary>
    private string? FirstText(JsonElement value, string path, string? kept, ProblemMessage why)
    {
        foreach (var (item, itemPath) in Items(value, path))
        {
            if (String(item, itemPath) is { } text)
            {
                if (kept is null)
                {
                    kept = text;
                }
                else
                {
                    Warning(itemPath, why);
                }
            }
        }

        return kept;
    }

    private IEnumerable<(JsonElement Item, string Path)> Items(JsonElement value, string path)
    {
        if (!Expect(value, JsonValueKind.Array, path, ProblemMessage.Of("Json.Kind.Array")))
        {
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, $"{path}[{index++}]");
        }
    }

    private IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement value, string path) =>
        Items(value, path).Where(i => Expect(i.Item, JsonValueKind.Object, i.Path, ProblemMessage.Of("Json.Kind.Object")));

    /// <summary>The value of an IdentifierType, or null (with a problem) when it is not one.</summary>
    private (string? Value, string? Scheme) Identifier(JsonElement value, string path)
    {
        if (!Expect(value, JsonValueKind.Object, path, ProblemMessage.Of("Json.Expected.IdentifierObject")))
        {
            return (null, null);
        }

        string? text = null, scheme = null;
        foreach (var member in value.EnumerateObject())
        {
            var at = Member(path, member.Name);
            switch (member.Name)
            {
                case "value": text = String(member.Value, at); break;
                case "schemeId": scheme = String(member.Value, at); break;
                default: NotImported(at); break;
            }
        }

        if (text is null && !value.TryGetProperty("value", out _))
        {
            Error(path, ProblemMessage.Of("HrOpen.IdentifierNoValue"));
        }

        return (text, scheme);
    }

    /// <summary>A RoleModel identifier from a foreign code: the code itself when it is one, else null with a problem.</summary>
    internal string? Id(string? code, string path)
    {
        if (code is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length != code.Length)
        {
            Error(path, ProblemMessage.Of("HrOpen.NotAnIdentifier", code));
            return null;
        }

        return code;
    }
}

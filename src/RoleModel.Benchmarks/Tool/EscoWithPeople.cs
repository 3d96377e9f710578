using RoleModel.Benchmarks.Interop;
using RoleModel.Interop.Esco;
using RoleModel.Serialization;

namespace RoleModel.Benchmarks.Tool;

/// <summary>The real ESCO v1.1.1 import with generated people, for the tool's benchmarks.</summary>
internal static class EscoWithPeople
{
    /// <summary>ESCO plus <paramref name="people"/> people, each assessed (seeded, so every run is alike) on 40 skills that roles require.</summary>
    public static Catalogue Create(int people)
    {
        var esco = EscoImporter.Import(SharedData.Path("esco", "v1.1.1")).Catalogue
            ?? throw new InvalidOperationException("The ESCO release does not import.");
        var required = esco.Roles.SelectMany(r => r.Requirements).SelectMany(q => q.CompetencyIds).Distinct(StringComparer.Ordinal).ToArray();
        var scale = ProficiencyScale.CreateNoviceToExpert();
        var random = new Random(12);
        var persons = Enumerable.Range(0, people).Select(p => new Person(
            $"person-{p:D4}",
            required.OrderBy(_ => random.Next()).Take(40).Select(id =>
                new CompetencyAssessment(id, new LevelReference(scale.Id, scale.Levels[random.Next(scale.Levels.Length)].Code), new NodaTime.LocalDate(2025, 1, 1), AssessmentSource.Manager))));
        var levels = new CompetencyFramework("levels", LocalizedText.Of("en", "Levels"), [scale]);
        return new Catalogue([.. esco.Frameworks, levels], esco.Roles, persons, esco.Extensions, esco.Histories);
    }

    /// <summary>The catalogue written to a temporary file, as the tool reads it.</summary>
    public static string WriteTemporary(Catalogue catalogue)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rolemodel-bench-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, RoleModelJson.WriteToUtf8Bytes(catalogue));
        return path;
    }
}

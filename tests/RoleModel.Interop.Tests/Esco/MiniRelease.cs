using System.IO.Compression;
using System.Text;

namespace RoleModel.Interop.Tests.Esco;

/// <summary>A tiny, valid ESCO release written to a temporary folder, for tests to break one file at a time.</summary>
public sealed class MiniRelease : IDisposable
{
    public const string Skill1 = "http://data.europa.eu/esco/skill/s1";
    public const string Skill2 = "http://data.europa.eu/esco/skill/s2";
    public const string Group = "http://data.europa.eu/esco/skill/g1";
    public const string Occupation = "http://data.europa.eu/esco/occupation/o1";
    public const string Isco = "http://data.europa.eu/esco/isco/C2654";

    public MiniRelease()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("rolemodel-esco-").FullName;
        Write("skills_en.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status,description",
            $"KnowledgeSkillCompetence,{Skill1},skill/competence,transversal,lead a team,\"guide a team\nsteer a team\",released,Lead.",
            $"KnowledgeSkillCompetence,{Skill2},knowledge,cross-sector,budgeting,,released,\"Money,\nplanned.\"");
        Write("skillGroups_en.csv", "conceptType,conceptUri,preferredLabel,code", $"SkillGroup,{Group},management,S4");
        Write("broaderRelationsSkillPillar.csv", "conceptType,conceptUri,broaderType,broaderUri",
            $"KnowledgeSkillCompetence,{Skill1},SkillGroup,{Group}");
        Write("skillSkillRelations.csv", "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri",
            $"{Skill1},skill/competence,optional,knowledge,{Skill2}");
        Write("ISCOGroups_en.csv", "conceptType,conceptUri,code,preferredLabel", $"ISCOGroup,{Isco},2654,directors");
        Write("occupations_en.csv", "conceptType,conceptUri,iscoGroup,preferredLabel,code,description",
            $"Occupation,{Occupation},2654,technical director,2654.1,Directs.");
        Write("broaderRelationsOccPillar.csv", "conceptType,conceptUri,broaderType,broaderUri", $"Occupation,{Occupation},ISCOGroup,{Isco}");
        Write("occupationSkillRelations.csv", "occupationUri,relationType,skillType,skillUri",
            $"{Occupation},essential,skill/competence,{Skill1}", $"{Occupation},optional,knowledge,{Skill2}");
    }

    public string Directory { get; }

    /// <summary>Writes a file from lines (LF line ends), replacing any earlier version of it.</summary>
    public void Write(string file, params string[] lines)
    {
        File.Delete(Path.Combine(Directory, file));
        File.Delete(Path.Combine(Directory, file + ".gz"));
        File.WriteAllText(Path.Combine(Directory, file), string.Join('\n', lines) + "\n", new UTF8Encoding(false));
    }

    /// <summary>Replaces a file with its gzipped version, <c>file.gz</c>.</summary>
    public void Gzip(string file)
    {
        var path = Path.Combine(Directory, file);
        using (var output = new GZipStream(File.Create(path + ".gz"), CompressionLevel.Fastest))
        using (var input = File.OpenRead(path))
        {
            input.CopyTo(output);
        }

        File.Delete(path);
    }

    public void Delete(string file) => File.Delete(Path.Combine(Directory, file));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

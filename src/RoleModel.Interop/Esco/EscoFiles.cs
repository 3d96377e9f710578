namespace RoleModel.Interop.Esco;

/// <summary>The file names of an ESCO CSV release, for one language.</summary>
internal sealed class EscoFiles(string language)
{
    public string[] Skills { get; } = [$"skills_{language}.csv"];

    public string[] SkillGroups { get; } = [$"skillGroups_{language}.csv"];

    public string[] SkillHierarchy { get; } = ["broaderRelationsSkillPillar.csv", $"broaderRelationsSkillPillar_{language}.csv"];

    public string[] SkillRelations { get; } = ["skillSkillRelations.csv", $"skillSkillRelations_{language}.csv"];

    public string[] IscoGroups { get; } = [$"ISCOGroups_{language}.csv"];

    public string[] Occupations { get; } = [$"occupations_{language}.csv"];

    public string[] OccupationHierarchy { get; } = ["broaderRelationsOccPillar.csv", $"broaderRelationsOccPillar_{language}.csv"];

    public string[] OccupationSkills { get; } = ["occupationSkillRelations.csv", $"occupationSkillRelations_{language}.csv"];

    /// <summary>The optional collection files and the collection name each one adds.</summary>
    public (string File, string Collection)[] Collections { get; } =
    [
        ($"digitalSkillsCollection_{language}.csv", "digital"),
        ($"greenSkillsCollection_{language}.csv", "green"),
        ($"digCompSkillsCollection_{language}.csv", "digComp"),
        ($"languageSkillsCollection_{language}.csv", "language"),
        ($"transversalSkillsCollection_{language}.csv", "transversal"),
        ($"researchSkillsCollection_{language}.csv", "research"),
        ($"researchOccupationsCollection_{language}.csv", "research"),
    ];
}

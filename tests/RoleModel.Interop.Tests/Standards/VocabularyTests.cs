namespace RoleModel.Interop.Tests.Standards;

/// <summary>The checker itself finds what it is meant to find (a checker that passes everything proves nothing).</summary>
public sealed class VocabularyTests
{
    [DataFact("schemaorg", "30.0")]
    public void Check_SchemaOrg_FindsUnknownTypesWrongDomainsAndRanges()
    {
        var problems = Vocabulary.SchemaOrg.Check("""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Occupation", "name": "ok", "skills": [{"@type": "DefinedTerm", "name": "x"}]},
              {"@type": "Ocupation", "name": "typo"},
              {"@type": "Occupation", "datePosted": "2026-01-01"},
              {"@type": "Occupation", "skils": "x"},
              {"@type": "Occupation", "occupationalCategory": {"@type": "Person", "name": "p"}},
              {"@type": "JobPosting", "title": "t", "datePosted": "01.01.2026", "hiringOrganization": "just text"}]}
            """u8.ToArray());

        problems.Select(p => p.Split(" (domainIncludes")[0].Split(" within the range")[0]).Should().Equal(
            "$.@graph[1]: 'schema:Ocupation' is not a class of the vocabulary.",
            "$.@graph[2].datePosted: 'schema:datePosted' is not allowed on a schema:Occupation",
            "$.@graph[3].skils: 'schema:skils' is not a property of the vocabulary.",
            "$.@graph[4].occupationalCategory: a schema:Person is not",
            "$.@graph[5].datePosted: '01.01.2026' is not",
            "$.@graph[5].hiringOrganization: 'just text' is not");
    }

    [DataFact("ctdl")]
    public void Check_Ctdl_FindsWrongDomainsLanguageMapsAndReferences()
    {
        var problems = Vocabulary.Ctdl.Check("""
            {"@graph": [
              {"@id": "https://r.example/t", "@type": "ceterms:Task", "ceterms:name": {"en": "Task"}},
              {"@type": "ceterms:WorkRole", "ceterms:name": "plain text", "ceterms:hasTask": ["https://r.example/t"], "ceterms:offeredBy": ["https://o.example"]},
              {"@type": "ceterms:Job", "ceterms:hasWorkRole": ["https://r.example/t"]}]}
            """u8.ToArray());

        problems.Select(p => p.Split(" (domainIncludes")[0].Split(" within the range")[0]).Should().Equal(
            "$.@graph[1].ceterms:name: 'plain text' is not",
            "$.@graph[1].ceterms:offeredBy: 'ceterms:offeredBy' is not allowed on a ceterms:WorkRole",
            "$.@graph[2].ceterms:hasWorkRole[0]: 'https://r.example/t' is not");
    }
}

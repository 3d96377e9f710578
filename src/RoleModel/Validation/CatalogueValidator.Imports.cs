namespace RoleModel.Validation;

/// <summary>Identifiers are unique across a composition: a document must not define what it imports.</summary>
internal sealed partial class CatalogueValidator
{
    private void CheckAgainstImports()
    {
        if (imported is null || imported.Count == 0)
        {
            return;
        }

        for (var i = 0; i < catalogue.Frameworks.Length; i++)
        {
            var framework = catalogue.Frameworks[i];
            CheckNotImported("framework", framework.Id, Format($"$.frameworks[{i}].id"), c => c.FindFramework(framework.Id) is not null);
            for (var j = 0; j < framework.Scales.Length; j++)
            {
                var id = framework.Scales[j].Id;
                CheckNotImported("scale", id, Format($"$.frameworks[{i}].scales[{j}].id"), c => c.FindScale(id) is not null);
            }

            for (var j = 0; j < framework.Competencies.Length; j++)
            {
                var id = framework.Competencies[j].Id;
                CheckNotImported("competency", id, Format($"$.frameworks[{i}].competencies[{j}].id"), c => c.FindCompetency(id) is not null);
            }
        }

        for (var i = 0; i < catalogue.Roles.Length; i++)
        {
            var id = catalogue.Roles[i].Id;
            CheckNotImported("role", id, Format($"$.roles[{i}].id"), c => c.FindRole(id) is not null);
        }

        for (var i = 0; i < catalogue.People.Length; i++)
        {
            var id = catalogue.People[i].Id;
            CheckNotImported("person", id, Format($"$.people[{i}].id"), c => c.FindPerson(id) is not null);
        }

        for (var i = 0; i < catalogue.Histories.Length; i++)
        {
            var roleId = catalogue.Histories[i].RoleId;
            if (imported.FirstOrDefault(d => d.Content.FindHistory(roleId) is not null) is { } source)
            {
                Add(ProblemCodes.DuplicateId, Format($"$.histories[{i}].role"), ProblemMessage.Of("Import.HistoryTwice", roleId, source.CatalogueId));
            }
        }
    }

    private void CheckNotImported(string what, string id, string path, Func<Catalogue, bool> defines)
    {
        if (imported!.FirstOrDefault(d => defines(d.Content)) is { } source)
        {
            Add(ProblemCodes.DuplicateId, path, ProblemMessage.Of("Import.DefinedTwice", Noun(what), id, source.CatalogueId));
        }
    }
}

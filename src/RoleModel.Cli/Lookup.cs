namespace RoleModel.Cli;

/// <summary>Finds what a command line names, or fails with exit code 1 and a message that lists what exists.</summary>
internal static class Lookup
{
    public static Role Role(Catalogue catalogue, string id) =>
        catalogue.FindRole(id) ?? throw CommandFailedException.Worded(
            "Fail.NoRole", id, Some(catalogue.Roles.Select(r => r.Id)));

    public static Person Person(Catalogue catalogue, string id) =>
        catalogue.FindPerson(id) ?? throw CommandFailedException.Worded(
            "Fail.NoPerson", id, Some(catalogue.People.Select(p => p.Id)));

    /// <summary>Up to ten identifiers, or the word for none.</summary>
    public static object Some(IEnumerable<string> ids)
    {
        var list = ids.Take(11).ToList();
        return list.Count == 0 ? new WordingKey("List.None") : string.Join(", ", list.Take(10)) + (list.Count > 10 ? ", ..." : string.Empty);
    }
}

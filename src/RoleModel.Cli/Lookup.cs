namespace RoleModel.Cli;

/// <summary>Finds what a command line names, or fails with exit code 1 and a message that lists what exists.</summary>
internal static class Lookup
{
    public static Role Role(Catalogue catalogue, string id) =>
        catalogue.FindRole(id) ?? throw new CommandFailedException(
            $"there is no role '{id}'; roles: {Some(catalogue.Roles.Select(r => r.Id))}.");

    public static Person Person(Catalogue catalogue, string id) =>
        catalogue.FindPerson(id) ?? throw new CommandFailedException(
            $"there is no person '{id}'; people: {Some(catalogue.People.Select(p => p.Id))}.");

    private static string Some(IEnumerable<string> ids)
    {
        var list = ids.Take(11).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list.Take(10)) + (list.Count > 10 ? ", ..." : string.Empty);
    }
}

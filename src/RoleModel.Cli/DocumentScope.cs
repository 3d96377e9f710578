using System.Collections.Immutable;
using System.CommandLine;
using RoleModel.History;

namespace RoleModel.Cli;

/// <summary>
/// The roles, people and histories a listing command (<c>coverage</c>, <c>match</c>, <c>report --all</c>, <c>patterns</c>,
/// <c>evolve</c>, <c>find</c>) works on: the document's own (<see cref="Serialization.CompositionResult.OwnRoles"/> and the
/// like), or with <c>--include-imported</c> everything the document imports too. Roles, people and competencies named on
/// the command line are found wherever they are; requirements may name imported competencies.
/// </summary>
internal sealed class DocumentScope
{
    private readonly HashSet<string> roleIds;
    private readonly HashSet<string> personIds;
    private readonly Catalogue composed;

    public DocumentScope(ImmutableArray<Role> roles, ImmutableArray<Person> people, ImmutableArray<RoleHistory> histories, Catalogue composed)
    {
        (Roles, People, Histories, this.composed) = (roles, people, histories, composed);
        roleIds = roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        personIds = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The name of the option that includes what the document imports.</summary>
    public const string IncludeImported = "--include-imported";

    public ImmutableArray<Role> Roles { get; }

    public ImmutableArray<Person> People { get; }

    public ImmutableArray<RoleHistory> Histories { get; }

    /// <summary>Everything in the composed view.</summary>
    public static DocumentScope Everything(Catalogue composed) => new(composed.Roles, composed.People, composed.Histories, composed);

    /// <summary><c>--include-imported</c>, for the listing commands.</summary>
    public static Option<bool> Option() => new(IncludeImported)
    {
        Description = "Also list the roles, people and histories of the catalogues the document imports (such as ESCO's occupations); by default only the document's own.",
    };

    /// <summary>The document's own, or everything with <c>--include-imported</c>.</summary>
    public static DocumentScope Read(ParseResult parse, Option<bool> includeImported, LoadedDocument document) =>
        parse.GetValue(includeImported) ? Everything(document.Catalogue!) : document.OwnScope;

    public bool HasRole(string id) => roleIds.Contains(id);

    public bool HasPerson(string id) => personIds.Contains(id);

    /// <summary>How many roles of the composed view are imported ones this scope leaves out.</summary>
    public int RolesLeftOut => composed.Roles.Length - Roles.Length;

    /// <summary>How many people of the composed view are imported ones this scope leaves out.</summary>
    public int PeopleLeftOut => composed.People.Length - People.Length;

    /// <summary>How many histories of the composed view are imported ones this scope leaves out.</summary>
    public int HistoriesLeftOut => composed.Histories.Length - Histories.Length;

    /// <summary>Says on standard error how many imported roles, people or histories a listing leaves out, so that nothing is left out silently; nothing when none is.</summary>
    public static void NoteLeftOut(CliConsole console, Localization.Wording w, int roles = 0, int people = 0, int histories = 0)
    {
        var left = new List<string>();
        AddLeft(left, w, roles, "Count.Role");
        AddLeft(left, w, people, "Count.Person");
        AddLeft(left, w, histories, "Count.History");
        if (left.Count > 0)
        {
            console.Error.WriteLine(w.Format("Scope.LeftOut", string.Join(w["Scope.And"], left), IncludeImported));
        }
    }

    private static void AddLeft(List<string> left, Localization.Wording w, int count, string noun)
    {
        if (count > 0)
        {
            left.Add(w.Count(count, noun));
        }
    }
}

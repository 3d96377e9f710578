using RoleModel.Interop.Standards;

namespace RoleModel.Cli.Commands;

/// <summary>The wording of the HR Open, schema.org and CTDL commands, in one place (to move into resources with the rest).</summary>
internal static class StandardsMessages
{
    public const string ExportHrOpen = "Export a role on a day as an HR Open Standards 4.x JobDescription (JDX), or with --position as a PositionOpening with one PositionProfile.\n\n"
        + "Example:\n  rolemodel export hropen --role cdo --as-of 2026-01-01 --out cdo.hropen.json";

    public const string ExportSchemaOrg = "Export roles as schema.org JSON-LD Occupations, or with --posting as JobPosting skeletons (which need --hiring-organization, --location, --date-posted and --valid-through).\n\n"
        + "Example:\n  rolemodel export schemaorg --role cdo --as-of 2026-01-01 --out cdo.schemaorg.json";

    public const string ExportCtdl = "Export roles as CTDL JSON-LD (Credential Engine): work roles with their tasks, jobs, and the competency frameworks they require, with stable CTIDs.\n\n"
        + "Example:\n  rolemodel export ctdl --role cdo --as-of 2026-01-01 --publisher https://example.org/org --out cdo.ctdl.json";

    public const string ImportHrOpen = "Import an HR Open JobDescription, PositionProfile or PositionOpening as a role with requirements and a baseline task profile.\n\n"
        + "Example:\n  rolemodel import hropen cdo.hropen.json --out cdo.json";

    public const string Role = "The identifier of the role to export.";
    public const string Roles = "The identifier of a role to export; repeatable.";
    public const string AllRoles = "Export every role of the document.";
    public const string AsOf = "The day whose role and tasks are exported; defaults to today";
    public const string KnownAt = "Export what was on record at this instant; defaults to now";
    public const string Out = "The file to write (written atomically).";
    public const string Position = "Write a PositionOpening with one PositionProfile instead of a JobDescription.";
    public const string Posting = "Write JobPosting skeletons instead of Occupations.";
    public const string HiringOrganization = "With --posting: the name of the hiring organisation.";
    public const string Location = "With --posting: where the job is (an address).";
    public const string DatePosted = "With --posting: the day the posting is published";
    public const string ValidThrough = "With --posting: the last day the posting is open";
    public const string Publisher = "The URI of the publishing organisation (assertedBy, offeredBy, publisher).";
    public const string BaseUri = "The base URI of the competency identities, as given to 'export case' (the same CTIDs as its UUIDs).";
    public const string HrOpenFile = "The HR Open JSON document to import.";
    public const string RoleModelOut = "The RoleModel JSON document to write (written atomically).";
    public const string TasksFrom = "The first day of the imported baseline task profile; defaults to today";
    public const string Framework = "The identifier of the local framework for competencies that are not ESCO's.";
    public const string EscoVersion = "The ESCO release imported when a competency is an ESCO URI.";
    public const string RoleId = "The identifier of the imported role, instead of the document's (an ESCO occupation's URI is renamed when ESCO is imported, which defines it).";
    public const string BadRoleId = "--role-id must not be empty or start or end with white space.";
    public const string EscoHref = "Where the imported ESCO document is (the import's href), relative to the output.";

    public static string NoRoles => "name a role with --role, or --all-roles.";

    public static string OneRole => "an HR Open document holds one role: name one --role.";

    public static string BothRoleOptions => "--role and --all-roles exclude each other.";

    public static string PostingNeeds(IEnumerable<string> missing) => $"--posting needs {string.Join(", ", missing)}.";

    public static string PostingOnly => "--hiring-organization, --location, --date-posted and --valid-through belong to --posting.";

    public static string ClosesBeforePosted => "--valid-through is before --date-posted.";

    public static string Written(FileInfo target, string what, int roles) => $"{target}: {Text.Count(roles, "role")} as {what}.";

    public static string ImportFailed(FileInfo file) => $"the HR Open import of '{file}' failed; nothing was written.";

    public static string Imported(FileInfo target, Catalogue catalogue) =>
        $"{target}: role '{catalogue.Roles[0].Id}' with {Text.Count(catalogue.Roles[0].Requirements.Length, "requirement")} and {Text.Count(catalogue.Histories.Sum(h => h.BaselineTasks.Length), "task")}.";

    public static string TooLarge(FileInfo file, long maximum) => $"'{file}' is {file.Length / (1024 * 1024)} MiB, more than the {maximum / (1024 * 1024)} MiB a document may have.";

    /// <summary>The one summary of what the target could not carry.</summary>
    public static string Lost(string target, IReadOnlyCollection<ExportLoss> losses) => losses.Count == 0
        ? $"{target} carries everything exported."
        : $"{target} cannot carry: {string.Join("; ", losses.Select(Lost))}.";

    private static string Lost(ExportLoss loss) => loss.Aspect switch
    {
        LostAspect.TaskShares => $"the time shares of {Text.Count(loss.Count, "task")}",
        LostAspect.Openness => $"the openness of {Text.Count(loss.Count, "role")}",
        LostAspect.History => $"the history ({Text.Count(loss.Count, "change")}; only the day exported is written)",
        LostAspect.Proposals => $"{Text.Count(loss.Count, "pending proposal")}",
        LostAspect.AreaShares => $"the expected shares of {Text.Count(loss.Count, "responsibility area")}",
        LostAspect.RequirementGroups => $"{Text.Count(loss.Count, "any-of requirement")} (written as one entry per competency)",
        LostAspect.Weights => $"the weights of {Text.Count(loss.Count, "requirement")}",
        LostAspect.Importance => $"essential or optional, of {Text.Count(loss.Count, "optional requirement")}",
        LostAspect.Levels => $"the minimum levels of {Text.Count(loss.Count, "requirement")}",
        LostAspect.TaskDetails => $"origin, area and competencies used of {Text.Count(loss.Count, "task")}",
        LostAspect.InactiveTasks => $"{Text.Count(loss.Count, "task")} not active on that day",
        LostAspect.Classification => $"the occupational classification of {Text.Count(loss.Count, "role")}",
        _ => loss.Aspect.ToString(),
    };
}

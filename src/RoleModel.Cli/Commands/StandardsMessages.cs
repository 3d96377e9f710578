using RoleModel.Cli.Localization;
using RoleModel.Interop.Standards;

namespace RoleModel.Cli.Commands;

/// <summary>The wording of the HR Open, schema.org and CTDL commands: help (English, as all command-line help) and messages, from the wording resources.</summary>
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

    public static string NoRoles(Wording w) => w["Standards.NoRoles"];

    public static string OneRole(Wording w) => w["Standards.OneRole"];

    public static string BothRoleOptions(Wording w) => w["Standards.BothRoleOptions"];

    public static string PostingNeeds(Wording w, IEnumerable<string> missing) => w.Format("Standards.PostingNeeds", string.Join(", ", missing));

    public static string PostingOnly(Wording w) => w["Standards.PostingOnly"];

    public static string ClosesBeforePosted(Wording w) => w["Standards.ClosesBeforePosted"];

    public static string Written(Wording w, FileInfo target, string what, int roles) => w.Format("Standards.Written", target, w.Count(roles, "Count.Role"), what);

    public static string ImportFailed(Wording w, FileInfo file) => w.Format("Standards.ImportFailed", file);

    public static string Imported(Wording w, FileInfo target, Catalogue catalogue) =>
        w.Format("Standards.Imported", target, catalogue.Roles[0].Id, w.Count(catalogue.Roles[0].Requirements.Length, "Count.Requirement"), w.Count(catalogue.Histories.Sum(h => h.BaselineTasks.Length), "Count.Task"));

    public static string TooLarge(Wording w, FileInfo file, long maximum) => w.Format("Standards.TooLarge", file, w.Number((int)(file.Length / (1024 * 1024))), w.Number((int)(maximum / (1024 * 1024))));

    /// <summary>The one summary of what the target could not carry.</summary>
    public static string Lost(Wording w, string target, IReadOnlyCollection<ExportLoss> losses) => losses.Count == 0
        ? w.Format("Standards.CarriesAll", target)
        : w.Format("Standards.CannotCarry", target, string.Join("; ", losses.Select(l => Lost(w, l))));

    private static string Lost(Wording w, ExportLoss loss) => loss.Aspect switch
    {
        LostAspect.TaskShares => w.Format("Lost.TaskShares", w.Count(loss.Count, "Count.Task")),
        LostAspect.Openness => w.Format("Lost.Openness", w.Count(loss.Count, "Count.Role")),
        LostAspect.History => w.Format("Lost.History", w.Count(loss.Count, "Count.Change")),
        LostAspect.Proposals => w.Count(loss.Count, "Count.PendingProposal"),
        LostAspect.AreaShares => w.Format("Lost.AreaShares", w.Count(loss.Count, "Count.ResponsibilityArea")),
        LostAspect.RequirementGroups => w.Format("Lost.RequirementGroups", w.Count(loss.Count, "Count.AnyOfRequirement")),
        LostAspect.Weights => w.Format("Lost.Weights", w.Count(loss.Count, "Count.Requirement")),
        LostAspect.Importance => w.Format("Lost.Importance", w.Count(loss.Count, "Count.OptionalRequirement")),
        LostAspect.Levels => w.Format("Lost.Levels", w.Count(loss.Count, "Count.Requirement")),
        LostAspect.TaskDetails => w.Format("Lost.TaskDetails", w.Count(loss.Count, "Count.Task")),
        LostAspect.InactiveTasks => w.Format("Lost.InactiveTasks", w.Count(loss.Count, "Count.Task")),
        LostAspect.Classification => w.Format("Lost.Classification", w.Count(loss.Count, "Count.Role")),
        _ => loss.Aspect.ToString(),
    };
}

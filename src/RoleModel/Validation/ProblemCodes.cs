namespace RoleModel.Validation;

/// <summary>
/// The stable codes of validation problems. Codes never change meaning; new rules get new codes.
/// <c>RM0xx</c> are problems of a document's text and shape (reported by the JSON reader),
/// <c>RM1xx</c> problems of the model's content.
/// </summary>
public static class ProblemCodes
{
    /// <summary>The text is not well-formed JSON (including invalid UTF-8, an empty document, or content after the root value).</summary>
    public const string JsonSyntax = "RM001";

    /// <summary>An object has the same member name twice.</summary>
    public const string DuplicateMember = "RM002";

    /// <summary>A value has the wrong JSON type, such as a number where a string is expected, or a document that is not an object.</summary>
    public const string WrongType = "RM003";

    /// <summary>A string is not one of the values its member allows, such as an unknown <c>importance</c>.</summary>
    public const string UnknownEnumValue = "RM004";

    /// <summary>A date or instant is not in its ISO-8601 pattern or does not exist, such as <c>2026-02-30</c>.</summary>
    public const string MalformedDate = "RM005";

    /// <summary>A required member is missing (null is a value of the wrong type, RM003).</summary>
    public const string MissingMember = "RM006";

    /// <summary>The <c>schemaVersion</c> is malformed, or of a major version this library does not read.</summary>
    public const string UnsupportedSchemaVersion = "RM007";

    /// <summary>Arrays and objects are nested deeper than the reader allows (64 levels).</summary>
    public const string TooDeep = "RM008";

    /// <summary>A number cannot be represented, such as a share of <c>1e400</c>.</summary>
    public const string NumberOutOfRange = "RM009";

    /// <summary>
    /// An object has a member the format does not define on it and that is not in an extension namespace
    /// (<c>prefix:name</c>); kept and written back (warning). The message suggests the closest known member.
    /// </summary>
    public const string UnknownMember = "RM010";

    /// <summary>
    /// A stream is longer than the size limit of its <see cref="Serialization.JsonReadOptions"/> (512 MiB by
    /// default); it is refused without being read to its end.
    /// </summary>
    public const string DocumentTooLarge = "RM011";

    /// <summary>A value breaks a rule of its own type, such as a blank identifier or a share above 100 %.</summary>
    public const string InvalidValue = "RM100";

    /// <summary>An identifier occurs twice where it must be unique.</summary>
    public const string DuplicateId = "RM101";

    /// <summary>A reference names a competency, scale, role, area, requirement or task that does not exist.</summary>
    public const string UnresolvedReference = "RM102";

    /// <summary>A level code is not a level of the referenced scale.</summary>
    public const string UnknownLevel = "RM103";

    /// <summary>Broader links of competencies form a cycle.</summary>
    public const string BroaderCycle = "RM104";

    /// <summary>Template derivation of roles forms a cycle.</summary>
    public const string TemplateCycle = "RM105";

    /// <summary>The minimum expected shares of a role's responsibility areas add up to more than 100 %.</summary>
    public const string AreaSharesExceedTotal = "RM106";

    /// <summary>The shares of a role's active tasks add up to more than 100 %.</summary>
    public const string TaskSharesExceedTotal = "RM107";

    /// <summary>The self-directed share of a role is above the maximum of its openness (before format 1.1 also: below its minimum, now <see cref="SelfDirectedShareBelowMinimum"/>).</summary>
    public const string SelfDirectedShareOutOfBounds = "RM108";

    /// <summary>A fixed role has a self-initiated task.</summary>
    public const string SelfInitiatedTaskInFixedRole = "RM109";

    /// <summary>The active tasks of a responsibility area take a share outside its expected range (warning).</summary>
    public const string AreaShareOutOfRange = "RM110";

    /// <summary>A decision refers to a change that is not a proposal, or to a proposal already decided.</summary>
    public const string ProposalNotPending = "RM111";

    /// <summary>The self-directed share of a role falls short of the minimum its openness expects (warning): the first days of an open role.</summary>
    public const string SelfDirectedShareBelowMinimum = "RM112";

    /// <summary>
    /// An imported catalogue cannot be used: the import has no href and none was supplied, the document cannot be
    /// found, opened or read, is longer than the limit, or is not a readable document (format 1.1; reported at the import).
    /// </summary>
    public const string ImportNotResolved = "RM113";

    /// <summary>An imported document is not the catalogue or the release its import names (format 1.1).</summary>
    public const string ImportMismatch = "RM114";

    /// <summary>An import leads back to a document that is being read, or imports are nested too deep (format 1.1).</summary>
    public const string ImportCycle = "RM115";
}

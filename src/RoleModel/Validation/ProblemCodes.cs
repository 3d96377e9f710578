namespace RoleModel.Validation;

/// <summary>
/// The stable codes of validation problems. Codes never change meaning; new rules get new codes.
/// <c>RM0xx</c> are problems of a document's text and shape (reported by the JSON reader),
/// <c>RM1xx</c> problems of the model's content.
/// </summary>
public static class ProblemCodes
{
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

    /// <summary>The self-directed share of a role lies outside the bounds of its openness.</summary>
    public const string SelfDirectedShareOutOfBounds = "RM108";

    /// <summary>A fixed role has a self-initiated task.</summary>
    public const string SelfInitiatedTaskInFixedRole = "RM109";

    /// <summary>The active tasks of a responsibility area take a share outside its expected range (warning).</summary>
    public const string AreaShareOutOfRange = "RM110";

    /// <summary>A decision refers to a change that is not a proposal, or to a proposal already decided.</summary>
    public const string ProposalNotPending = "RM111";
}

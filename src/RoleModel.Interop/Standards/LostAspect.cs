namespace RoleModel.Interop.Standards;

/// <summary>What of a RoleModel role a target standard cannot carry, named once per export.</summary>
public enum LostAspect
{
    /// <summary>The tasks' shares of working time.</summary>
    TaskShares,

    /// <summary>The role's openness (fixed, framed or open, with its self-directed share).</summary>
    Openness,

    /// <summary>The dated history of the role: only the day exported is written.</summary>
    History,

    /// <summary>Proposals still waiting for a decision on the day known.</summary>
    Proposals,

    /// <summary>The expected shares of the responsibility areas.</summary>
    AreaShares,

    /// <summary>Requirements met by any one of several competencies: written as one entry per competency.</summary>
    RequirementGroups,

    /// <summary>The weights of requirements.</summary>
    Weights,

    /// <summary>Whether a requirement is essential or optional.</summary>
    Importance,

    /// <summary>The minimum proficiency levels of requirements.</summary>
    Levels,

    /// <summary>The tasks' origin (assigned, delegated, self-initiated), responsibility area and the competencies each task uses.</summary>
    TaskDetails,

    /// <summary>Tasks of the day that are not active (planned, suspended or retired): only active tasks are written.</summary>
    InactiveTasks,

    /// <summary>The role's occupational classification (ESCO, ISCO-08 or O*NET-SOC).</summary>
    Classification,
}

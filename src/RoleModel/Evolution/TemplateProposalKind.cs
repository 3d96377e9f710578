namespace RoleModel.Evolution;

/// <summary>What a <see cref="TemplateProposal"/> proposes to change in a template role.</summary>
public enum TemplateProposalKind
{
    /// <summary>Add a task: most derived roles have work the template lacks.</summary>
    AddTask,

    /// <summary>Add a requirement: most derived roles use a competency the template does not require.</summary>
    AddRequirement,

    /// <summary>Retire a task of the template: none of the derived roles has that work any more.</summary>
    RetireTask,

    /// <summary>Remove a requirement of the template: none of the derived roles' tasks uses its competencies any more.</summary>
    RemoveRequirement,
}

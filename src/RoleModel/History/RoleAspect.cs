namespace RoleModel.History;

/// <summary>A part of a role's definition besides its requirements, as compared by <see cref="RoleDiff"/>. In JSON each is its camelCase name.</summary>
public enum RoleAspect
{
    /// <summary>The title.</summary>
    Title,

    /// <summary>The purpose.</summary>
    Purpose,

    /// <summary>The outcomes.</summary>
    Outcomes,

    /// <summary>The openness and its bounds.</summary>
    Openness,

    /// <summary>The responsibility areas.</summary>
    Areas,

    /// <summary>The template the role derives from.</summary>
    Template,
}

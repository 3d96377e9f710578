namespace RoleModel.Validation;

/// <summary>How serious a validation problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The document or model is invalid.</summary>
    Error,

    /// <summary>Valid, but probably not what was meant.</summary>
    Warning,
}

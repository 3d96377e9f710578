namespace RoleModel.Interop.Standards;

/// <summary>One aspect a target standard cannot carry, and how many values of the export it concerned. Immutable.</summary>
/// <param name="Aspect">What was not carried.</param>
/// <param name="Count">How many values (tasks, changes, requirements, roles) it concerned; at least 1.</param>
public sealed record ExportLoss(LostAspect Aspect, int Count);

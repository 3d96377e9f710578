using static RoleModel.Tests.Infrastructure.Make;
using static RoleModel.Tests.Infrastructure.TestCatalogues;

namespace RoleModel.Tests.Validation;

/// <summary>Variants of the municipal test catalogue with one part swapped, for breaking one rule at a time.</summary>
internal static class CatalogueVariants
{
    /// <summary>The framework with extra competencies after its five (indices 5, 6, ...).</summary>
    public static CompetencyFramework FrameworkWith(params Competency[] extra)
    {
        var framework = Framework();
        return new(framework.Id, framework.Name, framework.Scales, [.. framework.Competencies, .. extra], framework.Version);
    }

    public static Competency Skill(string id, params string[] broader) => new(id, CompetencyKind.Skill, Text(id), broaderIds: broader);

    /// <summary>The CDO with one requirement replaced.</summary>
    public static Role CdoWithRequirement(int index, CompetencyRequirement requirement)
    {
        var cdo = Cdo();
        return cdo.WithRequirements(cdo.Requirements.SetItem(index, requirement));
    }

    /// <summary>The framework and holder with other roles.</summary>
    public static Catalogue WithRoles(params Role[] roles) => new([Framework()], roles, [Holder()]);

    /// <summary>The framework and both roles with another person.</summary>
    public static Catalogue WithPerson(Person person) => new([Framework()], [Cdo(), SmallTownCdo()], [person]);
}

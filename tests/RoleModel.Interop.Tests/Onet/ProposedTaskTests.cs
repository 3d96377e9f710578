using NodaTime;
using RoleModel.Interop.Onet;

namespace RoleModel.Interop.Tests.Onet;

public sealed class ProposedTaskTests
{
    private static readonly YearMonth August2024 = new(2024, 8);

    [Fact]
    public void Equals_SameAndDifferentMembers_ComparesAllMembers()
    {
        var task = new ProposedTask("11-3013.00", "Plan.", EmergingTaskCategory.Revision, August2024, "21280", "Old plan.", "Incumbent");

        task.Should().Be(new ProposedTask("11-3013.00", "Plan.", EmergingTaskCategory.Revision, August2024, "21280", "Old plan.", "Incumbent"));
        task.Should().NotBe(new ProposedTask("11-3013.00", "Plan.", EmergingTaskCategory.Revision, new YearMonth(2024, 9), "21280", "Old plan.", "Incumbent"));
        task.Should().NotBe(new ProposedTask("11-3013.00", "Plan.", EmergingTaskCategory.New, August2024));
        task.ToString().Should().Be("11-3013.00: Plan.");
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => new ProposedTask(null!, "t", EmergingTaskCategory.New, August2024)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ProposedTask("r", " ", EmergingTaskCategory.New, August2024)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ProposedTask("r", "t", (EmergingTaskCategory)7, August2024)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ProposedTask("r", "t", EmergingTaskCategory.New, August2024, originalTaskId: "")).Should().Throw<ArgumentException>();
    }
}

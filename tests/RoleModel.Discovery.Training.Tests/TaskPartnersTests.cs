using RoleModel.Discovery.Training.Onet;

namespace RoleModel.Discovery.Training.Tests;

public sealed class TaskPartnersTests
{
    private static readonly TrainingPair[] Pairs =
    [
        new("Plan budgets.", "Manage budgets.", "A1", "11-1011.00/1"),
        new("Plan budgets.", "Examine records.", "A2", "11-1011.00/1"),
        new("Prepare budgets.", "Manage budgets.", "A1", "11-1011.00/2"),
        new("Audit books.", "Examine records.", "A2", "13-2011.00/3"),
        new("Review ledgers.", "Examine records.", "A2", "13-2011.00/4"),
        new("Hire staff.", "Recruit people.", "B1", "11-3121.00/5"),
    ];

    [Fact]
    public void Of_PairsEachTaskWithAnotherOccupationsTaskOfItsFirstSharedDwa()
    {
        var partners = TaskPartners.Of(Pairs, new Random(42));

        partners.Should().HaveCount(3, "task 2 shares A1 only within its own occupation, and B1 has no other task");
        partners[0].Should().Match<TrainingPair>(p => p.TaskText == "Plan budgets." && p.ActivityId == "A2" && p.TaskKey == "11-1011.00/1"
            && (p.ActivityTitle == "Audit books." || p.ActivityTitle == "Review ledgers."), "A1's other task is of the same occupation, so A2 is the first shared DWA");
        partners[1].Should().Be(new TrainingPair("Audit books.", "Plan budgets.", "A2", "13-2011.00/3"));
        partners[2].Should().Be(new TrainingPair("Review ledgers.", "Plan budgets.", "A2", "13-2011.00/4"));
    }

    [Fact]
    public void Of_SameSeed_SamePartners_EveryCandidateDrawnInTheEnd()
    {
        var first = TaskPartners.Of(Pairs, new Random(1));
        var draws = Enumerable.Range(0, 40).Select(i => TaskPartners.Of(Pairs, new Random(i))[0].ActivityTitle).ToList();

        TaskPartners.Of(Pairs, new Random(1)).Should().Equal(first);
        draws.Should().Contain("Audit books.").And.Contain("Review ledgers.");
    }

    [OnetFact]
    public void Of_Onet29_PartnersAreTrainingTasksOfAnotherOccupationLinkedToTheSharedDwa()
    {
        var onet = OnetTasks.Read(OnetRelease.Folder!);
        var pairs = TrainingPairs.Build(onet).Pairs;
        var occupations = pairs.ToLookup(p => (p.TaskText, p.ActivityId), p => p.Occupation);

        var partners = TaskPartners.Of(pairs, new Random(44));

        partners.Should().HaveCount(6_747);
        partners.Select(p => p.TaskKey).Should().OnlyHaveUniqueItems();
        partners.Where(p => !occupations[(p.ActivityTitle, p.ActivityId)].Any(o => o != p.Occupation))
            .Should().BeEmpty("every partner is a training task of another occupation linked to the shared DWA");
    }
}

using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TaskPatternsTests
{
    [Fact]
    public void Find_NoHistories_FindsNothing()
    {
        var report = Find(Day(2020), Day(2026));

        report.Patterns.Should().BeEmpty();
        report.RolesCompared.Should().Be(0);
        report.TasksCompared.Should().Be(0);
    }

    [Fact]
    public void Find_SingleRole_FindsNoPatternEvenWithSimilarTasks()
    {
        var report = Find(Day(2020), Day(2026), Log("town-a",
            Add("a1", Day(2022), Task("one", "AI pilot for case handling", "KI-Pilot für die Sachbearbeitung")),
            Add("a2", Day(2023), Task("two", "AI pilot for case handling", "KI-Pilot für die Sachbearbeitung"))));

        report.Patterns.Should().BeEmpty();
        report.RolesCompared.Should().Be(1);
        report.TasksCompared.Should().Be(2);
    }

    [Fact]
    public void Find_IdenticalWording_GroupsTheTasksOfTwoRoles()
    {
        var report = Find(Day(2020), Day(2026),
            Log("town-a", Add("a1", Day(2022), Task("x", "Open-data portal", "Open-Data-Portal"))),
            Log("town-b", Add("b1", Day(2023), Task("y", "Open-data portal", "Open-Data-Portal"))));

        var pattern = report.Patterns.Should().ContainSingle().Subject;
        pattern.RoleIds.Should().Equal("town-a", "town-b");
        pattern.Key.Should().Be("town-a/x");
        pattern.Since.Should().Be(Day(2022));
    }

    [Fact]
    public void Find_DifferentWording_GroupsTheSameWorkAndLeavesUnrelatedWorkOut()
    {
        var report = Find(Day(2020), Day(2026), AiPilots());

        var pilots = report.Patterns.Single(p => p.Members.Any(m => m.TaskId == "ai-pilot"));
        pilots.Members.Select(m => m.ToString()).Should().Equal("town-a/ai-pilot", "town-b/ki-pilot", "town-c/ai");
        report.Patterns.SelectMany(p => p.RoleIds).Should().NotContain("town-d");
    }

    [Fact]
    public void Find_SpreadingMostlySelfInitiatedWork_IsEmergingWithItsSeries()
    {
        var report = Find(Day(2023), Day(2026), AiPilots());

        var pilots = report.Patterns.Single(p => p.Key == "town-a/ai-pilot");
        pilots.Series.Select(p => (p.Day, p.Roles)).Should().Equal((Day(2023), 0), (Day(2024), 1), (Day(2024, 6), 2), (Day(2025), 3));
        pilots.RolesAtStart.Should().Be(0);
        pilots.RolesAtEnd.Should().Be(3);
        pilots.SelfInitiatedRoles.Should().Be(2);
        pilots.MedianShare.Should().Be(15m);
        pilots.IsEmerging.Should().BeTrue();
        report.Emerging.Should().Contain(pilots);
    }

    [Fact]
    public void Find_MostlyAssignedWork_IsNotEmerging()
    {
        var report = Find(Day(2020), Day(2026), AiPilots());

        var strategy = report.Patterns.Single(p => p.Key == "town-a/strategy");
        strategy.RolesAtEnd.Should().Be(2);
        strategy.RolesAtStart.Should().Be(0);
        strategy.SelfInitiatedRoles.Should().Be(0);
        strategy.IsEmerging.Should().BeFalse();
    }

    [Fact]
    public void Find_WorkThatDidNotSpreadInThePeriod_IsNotEmerging()
    {
        var report = Find(Day(2025, 6), Day(2026), AiPilots());

        var pilots = report.Patterns.Single(p => p.Key == "town-a/ai-pilot");
        pilots.RolesAtStart.Should().Be(3);
        pilots.RolesAtEnd.Should().Be(3);
        pilots.Series.Should().ContainSingle();
        pilots.IsEmerging.Should().BeFalse();
    }

    [Fact]
    public void Find_TaskThatCameAndWent_CountsInSinceButNotAtTheEnd()
    {
        var report = Find(Day(2020), Day(2026),
            Log("town-a",
                Add("a1", Day(2021), Task("guides", "Digital guides in the departments", "Digitallotsen in den Ämtern", 20)),
                Retire("a2", Day(2024), "guides")),
            Log("town-b", Add("b1", Day(2022), Task("guides", "Network of digital guides", "Netzwerk der Digitallotsen", 10))));

        var pattern = report.Patterns.Should().ContainSingle().Subject;
        pattern.Since.Should().Be(Day(2021));
        pattern.Members[0].Until.Should().Be(Day(2024));
        pattern.Series.Select(p => p.Roles).Should().Equal(0, 1, 2, 1);
        pattern.RolesAtEnd.Should().Be(1);
        pattern.IsEmerging.Should().BeFalse();
        pattern.MedianShare.Should().Be(15m, "town-a had 20 % on its last day, 2023-12-31, town-b 10 %");
    }

    [Fact]
    public void Find_WorkEndedBeforeThePeriod_HasNoMedianShare()
    {
        var report = Find(Day(2025), Day(2026),
            Log("town-a", Add("a1", Day(2021), Task("x", "Open-data portal", "Open-Data-Portal")), Retire("a2", Day(2022), "x")),
            Log("town-b", Add("b1", Day(2021), Task("y", "Open-data portal", "Open-Data-Portal")), Retire("b2", Day(2023), "y")));

        var pattern = report.Patterns.Should().ContainSingle().Subject;
        pattern.MedianShare.Should().BeNull();
        pattern.RolesAtEnd.Should().Be(0);
    }

    [Fact]
    public void Find_ReworkedShare_UsesTheLatestVersion()
    {
        var report = Find(Day(2020), Day(2026),
            Log("town-a", Add("a1", Day(2021), Task("x", "Open-data portal", "Open-Data-Portal", 10)), Change("a2", Day(2022), Task("x", "Open-data portal", "Open-Data-Portal", 30))),
            Log("town-b", Add("b1", Day(2021), Task("y", "Open-data portal", "Open-Data-Portal", 20))));

        report.Patterns.Single().MedianShare.Should().Be(25m);
    }

    [Fact]
    public void Find_PendingProposalsAndTasksAfterThePeriod_DoNotCount()
    {
        var report = Find(Day(2020), Day(2024, 12, 31),
            Log("town-a", Add("a1", Day(2022), Task("x", "Open-data portal", "Open-Data-Portal"))),
            Log("town-b", Add("b1", Day(2023), Task("y", "Open-data portal", "Open-Data-Portal"), proposal: true)),
            Log("town-c", Add("c1", Day(2025), Task("z", "Open-data portal", "Open-Data-Portal"))));

        report.Patterns.Should().BeEmpty();
        report.TasksCompared.Should().Be(1);
    }

    [Fact]
    public void Find_AsKnownAtAnEarlierInstant_IgnoresLaterRecords()
    {
        RoleModel.History.RoleHistory[] histories =
        [
            Log("town-a", Add("a1", Day(2022), Task("x", "Open-data portal", "Open-Data-Portal"))),
            Log("town-b", Add("b1", Day(2023), Task("y", "Open-data portal", "Open-Data-Portal"))),
        ];

        TaskPatterns.Find(histories, At(Day(2022, 6)), Day(2020), Day(2026)).Patterns.Should().BeEmpty();
        TaskPatterns.Find(histories, At(Day(2023)), Day(2020), Day(2026)).Patterns.Should().ContainSingle();
    }

    [Fact]
    public void Find_OrderOfHistories_DoesNotChangeTheAnswer()
    {
        var histories = AiPilots();

        var forward = Find(Day(2020), Day(2026), histories);
        var backward = Find(Day(2020), Day(2026), [.. histories.Reverse()]);

        backward.Patterns.Select(Describe).Should().Equal(forward.Patterns.Select(Describe));
    }

    [Fact]
    public void Find_Patterns_AreOrderedByRolesThenSinceThenKey()
    {
        var report = Find(Day(2020), Day(2026), AiPilots());

        report.Patterns.Select(p => p.Key).Should().Equal("town-a/ai-pilot", "town-a/strategy");
    }

    [Fact]
    public void Find_HigherThreshold_SplitsLooselySimilarWork()
    {
        var options = new PatternOptions(threshold: 0.99);

        var report = TaskPatterns.Find(AiPilots(), Now, Day(2020), Day(2026), options);

        report.Patterns.Should().BeEmpty();
    }

    [Fact]
    public void Find_MinimumRoles_DropsSmallerGroups()
    {
        var report = TaskPatterns.Find(AiPilots(), Now, Day(2020), Day(2026), new PatternOptions(minimumRoles: 3));

        report.Patterns.Select(p => p.Key).Should().Equal("town-a/ai-pilot");
    }

    [Fact]
    public void Find_BadArguments_Throw()
    {
        var backwards = () => TaskPatterns.Find([], Now, Day(2026), Day(2020));
        var twice = () => TaskPatterns.Find([Log("town-a"), Log("town-a")], Now, Day(2020), Day(2026));
        var nulls = () => TaskPatterns.Find(null!, Now, Day(2020), Day(2026));

        backwards.Should().Throw<ArgumentException>().WithMessage("*must not be before*");
        twice.Should().Throw<ArgumentException>().WithMessage("*'town-a'*");
        nulls.Should().Throw<ArgumentNullException>();
    }

    private static string Describe(TaskPattern pattern) =>
        $"{pattern.Key}|{string.Join(",", pattern.Members)}|{string.Join(",", pattern.Series)}|{pattern.MedianShare}|{pattern.IsEmerging}";
}

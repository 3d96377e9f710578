using RoleModel.Discovery.Training.Onet;

namespace RoleModel.Discovery.Training.Tests;

public sealed class OnetTasksTests : IDisposable
{
    private const string Tasks = "O*NET-SOC Code\tTitle\tTask ID\tTask\n11-1011.00\tChief\t1\t Plan budgets. \n11-1011.00\tChief\t1\tPlan budgets again.\n11-1011.00\tChief\t2\t\n\n13-2011.00\tAccountant\t3\tAudit books.\n";
    private const string Activities = "Element ID\tIWA ID\tDWA ID\tDWA Title\nx\tI1\tA1\tManage budgets.\nx\tI2\tA2\tExamine records.\n";
    private const string Links = "O*NET-SOC Code\tTask ID\tDWA ID\n11-1011.00\t1\tA2\n11-1011.00\t1\tA1\n11-1011.00\t1\tA2\n13-2011.00\t3\tA9\n";

    private readonly string folder = Directory.CreateTempSubdirectory("rolemodel-onet-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Read_KeepsTheFirstRowOfATask_TrimsFields_AndLinksKnownDwasOnceInFileOrder()
    {
        Write(Tasks, Activities, Links);

        var onet = OnetTasks.Read(folder);

        onet.Tasks.Should().Equal(new OnetTask("11-1011.00", "1", "Plan budgets."), new OnetTask("13-2011.00", "3", "Audit books."));
        onet.ActivitiesOf(onet.Tasks[0]).Should().Equal("A2", "A1");
        onet.IsLinked(onet.Tasks[1]).Should().BeFalse("its only DWA is not in the DWA reference");
        onet.ActivityTitles["A1"].Should().Be("Manage budgets.");
        onet.ActivityGroups.Should().Equal(new Dictionary<string, string> { ["A1"] = "I1", ["A2"] = "I2" });
        onet.ActivitiesOf("11-1011.00", "1").Should().Equal("A2", "A1");
        onet.ActivitiesOf("11-1011.00", "9").Should().BeEmpty();
    }

    [Fact]
    public void Read_TableMissing_NamesItsPath()
    {
        Write(Tasks, Activities, links: null);

        var act = () => OnetTasks.Read(folder);

        act.Should().Throw<FileNotFoundException>().WithMessage($"The O*NET table '{Path.Combine(folder, "Tasks to DWAs.tsv.gz")}' does not exist.");
    }

    [Fact]
    public void Read_ColumnMissing_NamesFileLineAndColumn()
    {
        Write(Tasks, "Element ID\tIWA ID\tDWA\tDWA Title\n", Links);

        var act = () => OnetTasks.Read(folder);

        act.Should().Throw<InvalidDataException>().WithMessage($"{Path.Combine(folder, "DWA Reference.tsv")}:1: the header has no column 'DWA ID'.");
    }

    [Fact]
    public void Read_ShortRow_NamesFileAndLine()
    {
        Write(Tasks + "13-2011.00\tAccountant\t4\n", Activities, Links);

        var act = () => OnetTasks.Read(folder);

        act.Should().Throw<InvalidDataException>().WithMessage($"{Path.Combine(folder, "Task Statements.tsv")}:7: the row has 3 fields, too few for column 'Task'.");
    }

    [Fact]
    public void Read_DwaWithoutIwaColumn_NamesTheColumn()
    {
        Write(Tasks, "Element ID\tDWA ID\tDWA Title\nx\tA1\tManage budgets.\n", Links);

        var act = () => OnetTasks.Read(folder);

        act.Should().Throw<InvalidDataException>().WithMessage($"{Path.Combine(folder, "DWA Reference.tsv")}:1: the header has no column 'IWA ID'.");
    }

    private void Write(string tasks, string activities, string? links) => OnetFolder.Write(folder, tasks, activities, links);
}

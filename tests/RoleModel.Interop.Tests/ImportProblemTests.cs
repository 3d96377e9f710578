using RoleModel.Validation;

namespace RoleModel.Interop.Tests;

public sealed class ImportProblemTests
{
    [Fact]
    public void ToString_WithAndWithoutLine_NamesFileLineAndSeverity()
    {
        new ImportProblem(ProblemSeverity.Error, "skills_en.csv", 12, "The conceptUri is empty.").ToString()
            .Should().Be("skills_en.csv(12): error: The conceptUri is empty.");
        new ImportProblem(ProblemSeverity.Warning, "Skills.xlsx", null, "Left out.").ToString()
            .Should().Be("Skills.xlsx: warning: Left out.");
    }

    [Fact]
    public void Equals_SameAndDifferentMembers_ComparesAllMembers()
    {
        var problem = new ImportProblem(ProblemSeverity.Error, "a.csv", 2, "Bad.");

        problem.Should().Be(new ImportProblem(ProblemSeverity.Error, "a.csv", 2, "Bad."));
        problem.GetHashCode().Should().Be(new ImportProblem(ProblemSeverity.Error, "a.csv", 2, "Bad.").GetHashCode());
        problem.Should().NotBe(new ImportProblem(ProblemSeverity.Error, "a.csv", 3, "Bad."));
        problem.Should().NotBe(new ImportProblem(ProblemSeverity.Warning, "a.csv", 2, "Bad."));
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => new ImportProblem(ProblemSeverity.Error, " ", 1, "m")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ImportProblem(ProblemSeverity.Error, "f", 0, "m")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ImportProblem((ProblemSeverity)9, "f", 1, "m")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ImportProblem(ProblemSeverity.Error, "f", 1, null!)).Should().Throw<ArgumentNullException>();
    }
}

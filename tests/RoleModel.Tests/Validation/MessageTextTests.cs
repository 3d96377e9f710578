using RoleModel.Validation;

namespace RoleModel.Tests.Validation;

public sealed class MessageTextTests
{
    [Fact]
    public void Bound_ShortMessage_IsUnchanged() =>
        MessageText.Bound("Role 'cdo' derives from role 'x', which does not exist.").Should().Be("Role 'cdo' derives from role 'x', which does not exist.");

    [Fact]
    public void Bound_LongQuotedValue_KeepsItsStartAndCountsTheRest()
    {
        var message = MessageText.Bound($"Role 'r' derives from role '{new string('y', 500)}', which does not exist.");

        message.Should().Be($"Role 'r' derives from role '{new string('y', 80)}…[420 more characters]', which does not exist.");
    }

    [Fact]
    public void Bound_QuotedValueAtTheLimit_IsKeptWhole()
    {
        var value = new string('y', MessageText.MaximumQuoted);

        MessageText.Bound($"'{value}' is unknown.").Should().Be($"'{value}' is unknown.");
    }

    [Fact]
    public void Bound_LongTextOutsideQuotes_IsCutAsAWhole()
    {
        var message = MessageText.Bound("It's " + new string('z', 5000));

        message.Should().HaveLength(1000 + "…[4,005 more characters]".Length).And.EndWith("…[4,005 more characters]");
    }

    [Fact]
    public void Bound_DoesNotSplitASurrogatePair()
    {
        var message = MessageText.Bound($"'{new string('a', 79)}😀{new string('b', 200)}'");

        message.Should().StartWith($"'{new string('a', 79)}…[");
    }

    [Theory]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("\u001b[2J\u001b]0;x\u0007", "\\u001B[2J\\u001B]0;x\\u0007")]
    [InlineData("\u009b31m", "\\u009B31m")]
    [InlineData("abc\u202edcba\u2066\u2069\u200f", "abc\\u202Edcba\\u2066\\u2069\\u200F")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("Zürich – €", "Zürich – €")]
    public void Bound_ControlAndBidiCharacters_AreEscaped(string text, string expected) =>
        MessageText.Bound(text).Should().Be(expected);

    [Fact]
    public void ValidationProblem_BoundsItsMessageOnceAndKeepsItAtAPosition()
    {
        var problem = new ValidationProblem(ProblemCodes.UnresolvedReference, ProblemSeverity.Error, "$.roles[0]", $"Role '{new string('q', 1000)}\n' is missing.");

        problem.Message.Should().NotContain("\n").And.Contain("more characters]");
        problem.WithPosition(3, 4).Message.Should().Be(problem.Message);
    }
}

namespace RoleModel.Cli.Tests;

public sealed class TerminalSafeWriterTests
{
    private static string Through(string text, bool allowStyle = false)
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using var writer = new TerminalSafeWriter(inner, allowStyle);
        writer.Write(text);
        writer.Flush();
        return inner.ToString();
    }

    [Theory]
    [InlineData("\u001b[2J", "\\u001B[2J")]
    [InlineData("\u001b]0;title\u0007", "\\u001B]0;title\\u0007")]
    [InlineData("\u009b2J", "\\u009B2J")]
    [InlineData("a\u007fb\u0000c", "a\\u007Fb\\u0000c")]
    [InlineData("over\rwrite", "over\\rwrite")]
    [InlineData("end\r", "end\\r")]
    [InlineData("abc\u202Edcba", "abc\\u202Edcba")]
    [InlineData("\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D\u200E\u200F\u061C", "\\u2066\\u2067\\u2068\\u2069\\u202A\\u202B\\u202C\\u202D\\u200E\\u200F\\u061C")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    public void Write_ControlAndBidiCharacters_AreEscaped(string text, string expected) => Through(text).Should().Be(expected);

    [Theory]
    [InlineData("plain text, Zürich – € 😀")]
    [InlineData("two\nlines\twith a tab")]
    [InlineData("windows\r\nline end")]
    public void Write_OrdinaryText_PassesUnchanged(string text) => Through(text).Should().Be(text);

    [Fact]
    public void Write_ColourSequences_PassOnlyWhenStyleIsAllowed()
    {
        Through("\u001b[1;31mred\u001b[0m", allowStyle: true).Should().Be("\u001b[1;31mred\u001b[0m");
        Through("\u001b[1;31mred\u001b[0m").Should().Be("\\u001B[1;31mred\\u001B[0m");
        Through("\u001b[2J\u001b[1A", allowStyle: true).Should().Be("\\u001B[2J\\u001B[1A", "cursor and screen sequences never pass");
    }

    [Fact]
    public void Write_CarriageReturnSplitFromItsLineFeed_StillPasses()
    {
        using var inner = new StringWriter();
        using var writer = new TerminalSafeWriter(inner);

        writer.Write("a\r");
        writer.Write('\n');
        writer.WriteLine("b");
        writer.Flush();

        inner.ToString().Should().Be("a\r\nb" + Environment.NewLine);
    }
}

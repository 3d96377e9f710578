namespace RoleModel.Interop.Tests;

public sealed class ExtensionWriterTests
{
    [Fact]
    public void TakeDeferred_GivesInOrderWhatEndGivesForEachObject()
    {
        using var writer = new ExtensionWriter();
        var leading = """{"esco:status":"released"}"""u8.ToArray();
        var expected = new List<ExtensionData>();
        foreach (var defer in new[] { false, true })
        {
            writer.Begin();
            writer.String("esco:a", "1");
            Finish(writer, defer, leading, expected);
            writer.Begin();
            Finish(writer, defer, default, expected);
            writer.Begin();
            Finish(writer, defer, leading, expected);
            writer.Begin();
            writer.Strings("esco:b", ["x", "y"]);
            Finish(writer, defer, default, expected);
        }

        var deferred = writer.TakeDeferred();

        deferred.Should().Equal(expected);
        deferred[0].Members.Select(m => m.Key).Should().Equal("esco:status", "esco:a");
        deferred[1].Should().BeSameAs(ExtensionData.Empty);
        writer.TakeDeferred().Should().BeEmpty();
    }

    private static void Finish(ExtensionWriter writer, bool defer, byte[]? leading, List<ExtensionData> ended)
    {
        if (defer)
        {
            writer.Defer(leading);
        }
        else
        {
            ended.Add(writer.End(leading));
        }
    }
}

using System.Text;
using RoleModel.Serialization.Reading;

namespace RoleModel.Tests.Serialization;

/// <summary>The reader's pool of short strings, found by their UTF-8 bytes.</summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Find_EqualBytes_GiveTheSameEntryAndString_AndOtherBytesAnother()
    {
        var pool = new StringPool<int>();

        var first = pool.Find("http://example.org/skill/1"u8);
        var again = pool.Find(Encoding.UTF8.GetBytes("http://example.org/skill/1"));
        var other = pool.Find("http://example.org/skill/2"u8);

        again.Should().Be(first);
        other.Should().NotBe(first);
        pool[first].Should().Be("http://example.org/skill/1");
        pool[other].Should().Be("http://example.org/skill/2");
    }

    [Fact]
    public void Find_TextOfAnyLengthUpToTheLimit_IsDecodedExactly()
    {
        var pool = new StringPool<int>();
        var texts = Enumerable.Range(0, StringPool<int>.MaxLength / 2 + 1).Select(n => new string('ä', n)).ToList();

        var entries = texts.Select(t => pool.Find(Encoding.UTF8.GetBytes(t))).ToList();

        entries.Should().OnlyHaveUniqueItems().And.NotContain(-1);
        entries.Select(e => pool[e]).Should().Equal(texts, "'ä' is two bytes, so the longest is the limit");
        pool.Find(Encoding.UTF8.GetBytes(new string('x', StringPool<int>.MaxLength + 1))).Should().Be(-1, "longer values are not pooled");
        pool.Find(""u8).Should().Be(pool.Find(""u8)).And.NotBe(-1);
    }

    [Fact]
    public void Find_ManyValues_KeepsEachAfterTheTableGrows()
    {
        var pool = new StringPool<int>();
        var texts = Enumerable.Range(0, 50_000).Select(i => $"http://data.europa.eu/esco/skill/{i:x8}").ToList();

        var entries = texts.Select(t => pool.Find(Encoding.UTF8.GetBytes(t))).ToList();

        entries.Should().Equal(Enumerable.Range(0, 50_000), "each new value is the next entry");
        texts.Select(t => pool.Find(Encoding.UTF8.GetBytes(t))).Should().Equal(entries, "found again after the table grew");
        entries.Select(e => pool[e]).Should().Equal(texts);
    }

    [Fact]
    public void Shared_IsKeptPerEntry_AndSurvivesGrowth()
    {
        var pool = new StringPool<int>();
        var a = pool.Find("a"u8);
        pool.Shared(a) = 42;

        for (var i = 0; i < 10_000; i++)
        {
            pool.Find(Encoding.UTF8.GetBytes($"v{i}"));
        }

        pool.Shared(pool.Find("a"u8)).Should().Be(42);
        pool.Shared(pool.Find("v1"u8)).Should().Be(0, "an entry's shared part is default until set");
    }
}

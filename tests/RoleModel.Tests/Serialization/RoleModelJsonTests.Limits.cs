using System.Text;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

/// <summary>Hostile and careless input: sizes, encodings, empty documents, many problems, huge values.</summary>
public sealed partial class RoleModelJsonTests
{
    private static byte[] ValidDocument => Encoding.UTF8.GetBytes(Document(Role(string.Empty)));

    [Fact]
    public void ReadStream_EndlessStreamWithoutLength_IsRefusedSoonAfterTheLimit()
    {
        var stream = new EndlessSpaces();

        var result = RoleModelJson.Read(stream, new JsonReadOptions(3_000_000));

        Single(result).Should().Be("RM011 $: The document is longer than the limit of 3,000,000 bytes; it was not read.");
        stream.Position.Should().BeGreaterThan(3_000_000).And.BeLessThan(3_000_000 + (1024 * 1024) + 1);
    }

    [Fact]
    public async Task ReadAsync_EndlessStreamWithoutLength_IsRefusedSoonAfterTheLimit()
    {
        var stream = new EndlessSpaces();

        var result = await RoleModelJson.ReadAsync(stream, new JsonReadOptions(2_500_000));

        result.Report.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.DocumentTooLarge);
        stream.Position.Should().BeLessThan(2_500_000 + (1024 * 1024) + 1);
    }

    [Fact]
    public void ReadStream_StreamWithLengthAboveTheLimit_IsRefusedBeforeReading()
    {
        var stream = new LongUnreadableStream(JsonReadOptions.DefaultMaximumBytes + 1);

        var result = RoleModelJson.Read(stream);

        result.Report.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.DocumentTooLarge);
        result.Catalogue.Should().BeNull();
    }

    [Fact]
    public async Task ReadStream_ManyChunksWithoutLength_ReadsTheWholeDocument()
    {
        // A valid document followed by 3 MiB of white space: several chunks, joined in order.
        var padded = ValidDocument.Concat(Enumerable.Repeat((byte)' ', 3 * 1024 * 1024)).Concat("\n"u8.ToArray()).ToArray();

        var result = RoleModelJson.Read(new UnseekableStream(padded));
        var asynchronous = await RoleModelJson.ReadAsync(new UnseekableStream(padded), new JsonReadOptions(padded.Length));

        result.IsValid.Should().BeTrue();
        result.Catalogue!.Roles.Should().ContainSingle().Which.Id.Should().Be("r");
        asynchronous.IsValid.Should().BeTrue();
    }

    [Fact]
    public void ReadStream_ChunkedDocumentWithProblem_LocatesItAcrossChunks()
    {
        var document = Encoding.UTF8.GetBytes(new string(' ', 1_500_000) + Document(Role(""","tags":"a" """)).ReplaceLineEndings(" "));

        var problem = RoleModelJson.Read(new UnseekableStream(document)).Report.Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(ProblemCodes.WrongType);
        problem.Column.Should().Be(Encoding.UTF8.GetString(document).IndexOf("\"a\"", StringComparison.Ordinal) + 1);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void ReadStream_LimitAtTheDocumentsLength_IsInclusive(int slack, bool valid)
    {
        var document = ValidDocument;
        var options = new JsonReadOptions(document.Length + slack);

        RoleModelJson.Read(new UnseekableStream(document), options).IsValid.Should().Be(valid);
        RoleModelJson.Read(new MemoryStream(document), options).IsValid.Should().Be(valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("\uFEFF")]
    public void Read_EmptyDocument_SaysSoWithoutTheReadersInternals(string json)
    {
        var message = Single(RoleModelJson.Read(Encoding.UTF8.GetPreamble().Take(json.StartsWith('\uFEFF') ? 3 : 0).Concat(Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'))).ToArray()));

        message.Should().Be("RM001 $: The document is empty; expected a JSON object.");
    }

    [Theory]
    [InlineData("utf-16", true, "UTF-16LE (little-endian)")]
    [InlineData("utf-16", false, "UTF-16LE (little-endian)")]
    [InlineData("utf-16BE", true, "UTF-16BE (big-endian)")]
    [InlineData("utf-16BE", false, "UTF-16BE (big-endian)")]
    [InlineData("utf-32", true, "UTF-32LE (little-endian)")]
    [InlineData("utf-32", false, "UTF-32LE (little-endian)")]
    [InlineData("utf-32BE", true, "UTF-32BE (big-endian)")]
    public void Read_Utf16OrUtf32_NamesTheEncodingAndAsksForUtf8(string encodingName, bool byteOrderMark, string named)
    {
        var encoding = encodingName switch
        {
            "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark),
            "utf-32" => new UTF32Encoding(bigEndian: false, byteOrderMark),
            _ => (Encoding)new UTF32Encoding(bigEndian: true, byteOrderMark),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Document())).ToArray();

        var result = RoleModelJson.Read(bytes);

        Single(result).Should().StartWith($"RM001 $: The document is {named} text, not UTF-8; RoleModel documents must be UTF-8");
        result.Report.Problems[0].Line.Should().Be(1);
        result.Report.Problems[0].Column.Should().Be(1);
    }

    [Fact]
    public void Read_HundredThousandProblemsOnOneLine_ReportsAndLocatesEach()
    {
        const int count = 100_000;
        var prefix = "{\"schemaVersion\":\"1.0\",\"roles\":[";
        var json = prefix + string.Join(",", Enumerable.Repeat("1", count)) + "]}";

        var problems = RoleModelJson.Read(json).Report.Problems;

        problems.Should().HaveCount(count).And.OnlyContain(p => p.Code == ProblemCodes.WrongType && p.Line == 1);
        problems[^1].Column.Should().Be(prefix.Length + (2 * (count - 1)) + 1);
        problems[^1].Path.Should().Be($"$.roles[{count - 1}]");
    }

    [Fact]
    public void Read_HugeIdentifierInDanglingReference_IsCutInTheMessageWithTheCountLeftOut()
    {
        var id = new string('x', 1_000_000);

        var problem = RoleModelJson.Read(Document(Role($$""","requirements":[{"competency":"{{id}}","importance":"essential"}]"""))).Report.Problems
            .Should().ContainSingle(p => p.Code == ProblemCodes.UnresolvedReference).Subject;

        problem.Message.Length.Should().BeLessThan(250);
        problem.Message.Should().Contain($"'{new string('x', 80)}…[{1_000_000 - 80:N0} more characters]'");
    }

    [Fact]
    public void Read_ControlCharactersInAValue_AreEscapedInTheMessage()
    {
        var problem = RoleModelJson.Read(Document(Role(""","requirements":[{"competency":"a\nx.json:1:1: error RM001: forged\u001b]0;title\u0007\u202e","importance":"essential"}]"""))).Report.Problems
            .Should().ContainSingle(p => p.Code == ProblemCodes.UnresolvedReference).Subject;

        problem.Message.Should().Contain("'a\\nx.json:1:1: error RM001: forged\\u001B]0;title\\u0007\\u202E'")
            .And.NotContainAny("\n", "\u001b", "\u0007", "\u202e");
    }

    /// <summary>Spaces without end, like /dev/zero; cannot seek, so it has no length.</summary>
    private sealed class EndlessSpaces : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that tells a length and fails when read: proves that a too long one is not read.</summary>
    private sealed class LongUnreadableStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("A stream above the limit must not be read.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Bytes as a pipe delivers them: no length, and short reads of at most 100,000 bytes.</summary>
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 100_000));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 100_000)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 100_000)], cancellationToken);
    }
}

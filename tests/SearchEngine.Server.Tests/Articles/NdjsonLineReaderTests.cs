using System.IO.Pipelines;
using System.Text;
using SearchEngine.Server.Articles;

namespace SearchEngine.Server.Tests.Articles;

/// <summary>The bulk body's line splitter, fed in pieces of every size, as a network delivers a body.</summary>
public sealed class NdjsonLineReaderTests
{
    private const int MaxLine = 8;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(4096)]
    public async Task SplitsLinesAndReadsPastOversizeOnesWhateverPiecesTheBodyArrivesIn(int piece)
    {
        const string body = "\uFEFFab\r\n\n12345678\n123456789\r\n" + "0123456789abcdef0123\r\nlast\r\nx\r\n123456789";

        List<(int Number, string Text, long Length, bool Oversize)> lines = await ReadAsync(body, piece);

        Assert.Equal(
            [
                (1, "ab", 2, false),
                (2, "", 0, false),
                (3, "12345678", 8, false),
                (4, "", 9, true),
                (5, "", 20, true),
                (6, "last", 4, false),
                (7, "x", 1, false),
                (8, "", 9, true),
            ],
            lines);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\n", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("\uFEFF", 0)]
    public async Task ALastLineWithoutBreakCountsAndAnEmptyBodyHasNone(string body, int count)
    {
        Assert.Equal(count, (await ReadAsync(body, 1)).Count);
    }

    private static async Task<List<(int, string, long, bool)>> ReadAsync(string body, int piece)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 1));
        Task writing = Task.Run(async () =>
        {
            for (int offset = 0; offset < bytes.Length; offset += piece)
            {
                await pipe.Writer.WriteAsync(bytes.AsMemory(offset, Math.Min(piece, bytes.Length - offset)));
            }

            await pipe.Writer.CompleteAsync();
        });
        var reader = new NdjsonLineReader(pipe.Reader, MaxLine);
        var lines = new List<(int, string, long, bool)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken) is NdjsonLine line)
        {
            lines.Add((line.Number, Encoding.UTF8.GetString(line.Bytes.Span), line.Length, line.Oversize));
        }

        await writing;
        return lines;
    }
}

using SearchEngine.News.Articles;

namespace SearchEngine.News.Tests.Articles;

public sealed class Utf8LineReaderTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 5)]
    [InlineData(4, 7)]
    [InlineData(5, 64)]
    [InlineData(6, 4096)]
    public void LinesComeOutAsASimpleSplitWouldGiveThemWhateverTheReadSizes(int seed, int chunkSize)
    {
        var random = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            const int limit = 12;
            byte[] input = RandomInput(random);
            List<Utf8Line> expected = Split(input, limit);

            var reader = new Utf8LineReader(new ChunkedStream(input, chunkSize), limit);
            var actual = new List<Utf8Line>();
            while (reader.TryReadLine(out Utf8Line line))
            {
                actual.Add(line with { Bytes = line.Bytes.ToArray() });
            }

            string context = $"seed {seed}, round {round}, input [{string.Join(' ', input)}]";
            Assert.True(expected.Count == actual.Count, $"{context}: {actual.Count} lines, expected {expected.Count}");
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.True(
                    expected[i].Number == actual[i].Number && expected[i].Length == actual[i].Length && expected[i].Oversize == actual[i].Oversize
                    && expected[i].Bytes.Span.SequenceEqual(actual[i].Bytes.Span),
                    $"{context}: line {i + 1} is {Show(actual[i])}, expected {Show(expected[i])}");
            }
        }
    }

    // Short lines of a few letters, '\r' and '\n', now and then a byte-order mark first or a run past the limit.
    private static byte[] RandomInput(Random random)
    {
        var bytes = new List<byte>();
        if (random.Next(4) == 0)
        {
            bytes.AddRange("\uFEFF"u8.ToArray());
        }

        int length = random.Next(0, 60);
        for (int i = 0; i < length; i++)
        {
            int pick = random.Next(20);
            bytes.Add(pick switch { 0 or 1 or 2 => (byte)'\n', 3 => (byte)'\r', 4 => 0xEF, _ => (byte)('a' + pick) });
            if (random.Next(40) == 0)
            {
                bytes.AddRange(Enumerable.Repeat((byte)'x', random.Next(10, 40)));
            }
        }

        return [.. bytes];
    }

    // The reference: strip a leading byte-order mark, split at '\n', drop one '\r' before each '\n', and keep no
    // empty last piece.
    private static List<Utf8Line> Split(byte[] input, int limit)
    {
        ReadOnlySpan<byte> text = input.AsSpan().StartsWith("\uFEFF"u8) ? input.AsSpan(3) : input;
        var lines = new List<Utf8Line>();
        int number = 0;
        while (text.Length > 0)
        {
            int newline = text.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline < 0 ? text : text[..newline];
            if (newline >= 0 && line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            number++;
            lines.Add(line.Length > limit
                ? new Utf8Line(number, ReadOnlyMemory<byte>.Empty, line.Length, Oversize: true)
                : new Utf8Line(number, line.ToArray(), line.Length, Oversize: false));
            text = newline < 0 ? [] : text[(newline + 1)..];
        }

        return lines;
    }

    private static string Show(Utf8Line line) =>
        $"#{line.Number} length {line.Length}{(line.Oversize ? " oversize" : string.Empty)} [{string.Join(' ', line.Bytes.ToArray())}]";
}

using SearchEngine.Core.Index.Inversion;

namespace SearchEngine.Core.Tests.Index.Inversion;

public sealed class ByteSlicePoolTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, 4)]
    [InlineData(1, 5)]
    [InlineData(1, 100_000)]
    [InlineData(500, 300)]
    [InlineData(5_000, 40)]
    public void InterleavedStreamsReadBackWhatWasWritten(int streams, int maxValuesPerStream)
    {
        var random = new Random(streams * 31 + maxValuesPerStream);
        var pool = new ByteSlicePool();
        int[] start = new int[streams];
        int[] end = new int[streams];
        var expected = new List<int>[streams];
        for (int s = 0; s < streams; s++)
        {
            start[s] = end[s] = pool.NewStream();
            expected[s] = [];
        }

        // Interleave the writes, as tokens of many terms arrive, so slices of different streams alternate.
        int writes = streams * maxValuesPerStream / 2;
        for (int i = 0; i < writes; i++)
        {
            int s = random.Next(streams);
            if (expected[s].Count >= maxValuesPerStream)
            {
                continue;
            }

            int value = random.Next(4) switch { 0 => random.Next(128), 1 => random.Next(1 << 14), 2 => random.Next(), _ => 0 };
            expected[s].Add(value);
            end[s] = pool.WriteVInt(end[s], value);
        }

        var reader = default(ByteSliceReader);
        for (int s = 0; s < streams; s++)
        {
            reader.Reset(pool, start[s], end[s]);
            foreach (int value in expected[s])
            {
                Assert.Equal(value, reader.ReadVInt());
            }

            Assert.True(reader.IsAtEnd, $"stream {s} has bytes left");
        }
    }
}

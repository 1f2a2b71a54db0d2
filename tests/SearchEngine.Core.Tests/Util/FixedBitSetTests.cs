using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Util;

public sealed class FixedBitSetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    public void RandomSetsAndClearsAgreeWithABoolArray(int length)
    {
        var random = new Random(length);
        var bits = new FixedBitSet(length);
        bool[] model = new bool[length];
        for (int step = 0; step < length * 3; step++)
        {
            int i = random.Next(length);
            if (random.Next(3) == 0)
            {
                bits.Clear(i);
                model[i] = false;
            }
            else
            {
                bits.Set(i);
                model[i] = true;
            }
        }

        Assert.Equal(length, bits.Length);
        int count = 0;
        for (int i = 0; i < length; i++)
        {
            Assert.Equal(model[i], bits.Get(i));
            Assert.Equal(model[i], bits[i]);
            count += model[i] ? 1 : 0;
        }

        Assert.Equal(count, bits.Cardinality());
        int expectedNext = -1;
        for (int from = length; from >= 0; from--)
        {
            if (from < length && model[from])
            {
                expectedNext = from;
            }

            Assert.Equal(expectedNext, bits.NextSetBit(from));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(130)]
    public void SetAllSetsExactlyLengthBits(int length)
    {
        var bits = new FixedBitSet(length);
        bits.SetAll();

        Assert.Equal(length, bits.Cardinality());
        Assert.True(FixedBitSet.TryWrap((long[])bits.Words.Clone(), length, out _));
    }

    [Fact]
    public void IterationWithNextSetBitVisitsEverySetBitInOrder()
    {
        var bits = new FixedBitSet(300);
        int[] expected = [0, 63, 64, 65, 127, 128, 299];
        foreach (int i in expected)
        {
            bits.Set(i);
        }

        var seen = new List<int>();
        for (int i = bits.NextSetBit(0); i >= 0; i = bits.NextSetBit(i + 1))
        {
            seen.Add(i);
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public void CloneIsIndependent()
    {
        var bits = new FixedBitSet(100);
        bits.Set(7);
        FixedBitSet copy = bits.Clone();
        copy.Clear(7);
        copy.Set(8);

        Assert.True(bits.Get(7));
        Assert.False(bits.Get(8));
        Assert.Equal(1, copy.Cardinality());
    }

    [Fact]
    public void IndexesOutsideTheSetAreRejected()
    {
        var bits = new FixedBitSet(10);

        Assert.Throws<ArgumentOutOfRangeException>(() => bits.Get(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => bits.Get(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => bits.Set(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => bits.NextSetBit(11));
    }

    [Fact]
    public void WrappingWordsWithBitsBeyondTheLengthFails()
    {
        Assert.False(FixedBitSet.TryWrap([1L << 10], 10, out _));
        Assert.False(FixedBitSet.TryWrap([0, 0], 10, out _));
        Assert.True(FixedBitSet.TryWrap([(1L << 10) - 1], 10, out FixedBitSet? bits));
        Assert.Equal(10, bits.Cardinality());
    }
}

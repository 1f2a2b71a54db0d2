using SearchEngine.Core.Codecs.Postings;

namespace SearchEngine.Core.Tests.Codecs.Postings;

public sealed class ForUtilTests
{
    public static TheoryData<int> Widths => [.. Enumerable.Range(0, 33)];

    [Theory]
    [MemberData(nameof(Widths))]
    public void BlockOfEveryWidthRoundTrips(int bits)
    {
        var random = new Random(bits);
        int[] values = RandomValues(random, bits);
        Assert.Equal(bits, ForUtil.BitsRequired(values));

        byte[] encoded = new byte[ForUtil.EncodedLength(bits)];
        ForUtil.Encode(values, bits, encoded);
        Assert.Equal(16 * bits, encoded.Length);

        int[] decoded = new int[ForUtil.BlockSize];
        decoded.AsSpan().Fill(-7);
        ForUtil.Decode(encoded, bits, decoded);
        Assert.Equal(values, decoded);

        int[] scalar = new int[ForUtil.BlockSize];
        ForUtil.DecodeScalar(encoded, bits, scalar);
        Assert.Equal(values, scalar);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void ExtremeValuesOfEveryWidthRoundTrip(int bits)
    {
        // All bits set, alternating with zero, catches a value bleeding into its neighbour across a word boundary.
        int max = bits == 32 ? -1 : (int)((1u << bits) - 1);
        int[] values = [.. Enumerable.Range(0, ForUtil.BlockSize).Select(i => i % 3 == 0 ? 0 : max)];
        byte[] encoded = new byte[ForUtil.EncodedLength(bits)];
        ForUtil.Encode(values, bits, encoded);
        int[] decoded = new int[ForUtil.BlockSize];
        ForUtil.Decode(encoded, bits, decoded);
        Assert.Equal(values, decoded);
    }

    [Fact]
    public void WidthZeroStoresNothingAndDecodesZeros()
    {
        int[] decoded = [.. Enumerable.Repeat(5, ForUtil.BlockSize)];
        ForUtil.Decode([], 0, decoded);
        Assert.All(decoded, v => Assert.Equal(0, v));
        Assert.Equal(0, ForUtil.EncodedLength(0));
    }

    [Fact]
    public void DecodeReadsNoByteBeyondTheBlock()
    {
        // The block sits at the end of a larger buffer whose following bytes are garbage; decoding must not see them.
        int[] values = RandomValues(new Random(3), 13);
        byte[] buffer = new byte[ForUtil.EncodedLength(13) + 50];
        Random.Shared.NextBytes(buffer);
        ForUtil.Encode(values, 13, buffer.AsSpan(7));
        int[] decoded = new int[ForUtil.BlockSize];
        ForUtil.Decode(buffer.AsSpan(7, ForUtil.EncodedLength(13)), 13, decoded);
        Assert.Equal(values, decoded);
    }

    [Fact]
    public void WrongArgumentsThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ForUtil.Encode(new int[128], 33, new byte[1024]));
        Assert.Throws<ArgumentException>(() => ForUtil.Decode(new byte[10], 1, new int[128]));
        Assert.Throws<ArgumentException>(() => ForUtil.Decode(new byte[16], 1, new int[127]));
    }

    private static int[] RandomValues(Random random, int bits)
    {
        int[] values = new int[ForUtil.BlockSize];
        if (bits == 0)
        {
            return values;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (int)((uint)random.NextInt64(0, 1L << 32) >> (32 - bits));
        }

        // Make sure the widest value needs every bit.
        values[random.Next(values.Length)] |= (int)(1u << (bits - 1));
        return values;
    }
}

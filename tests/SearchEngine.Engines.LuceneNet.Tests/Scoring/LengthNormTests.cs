using SearchEngine.Engines.LuceneNet.Scoring;

namespace SearchEngine.Engines.LuceneNet.Tests.Scoring;

public sealed class LengthNormTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(23, 23, 23)]
    [InlineData(24, 24, 24)]
    [InlineData(31, 31, 31)]
    [InlineData(32, 32, 32)]
    [InlineData(39, 39, 39)]
    [InlineData(40, 40, 40)]
    [InlineData(41, 40, 40)]
    [InlineData(100, 57, 96)]
    [InlineData(1000, 87, 984)]
    [InlineData(int.MaxValue, 255, 2013265944)]
    public void Lengths_are_exact_below_24_and_keep_four_significant_bits_above(int length, int encoded, int decoded)
    {
        Assert.Equal(encoded, LengthNorm.Encode(length));
        Assert.Equal(decoded, LengthNorm.Decode((byte)encoded));
    }

    [Fact]
    public void Encoding_never_decreases_and_decodes_to_at_most_the_length()
    {
        int previous = 0;
        for (int length = 0; length < 100_000; length++)
        {
            byte encoded = LengthNorm.Encode(length);
            Assert.True(encoded >= previous);
            Assert.True(LengthNorm.Decode(encoded) <= length);
            Assert.Equal(encoded, LengthNorm.Encode(LengthNorm.Decode(encoded)));
            previous = encoded;
        }
    }
}

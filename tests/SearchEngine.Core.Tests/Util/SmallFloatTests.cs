using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Util;

/// <remarks>
/// The pairs below were printed by Lucene 8.7's own <c>org.apache.lucene.util.SmallFloat</c> (a throw-away Java
/// program against the jars in /usr/share/java, run once; see docs/FORMAT.md), so norms match Lucene's BM25.
/// </remarks>
public sealed class SmallFloatTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(7, 7)]
    [InlineData(23, 23)]
    [InlineData(24, 24)]
    [InlineData(25, 25)]
    [InlineData(30, 30)]
    [InlineData(31, 31)]
    [InlineData(32, 32)]
    [InlineData(33, 33)]
    [InlineData(39, 39)]
    [InlineData(40, 40)]
    [InlineData(41, 40)]
    [InlineData(47, 43)]
    [InlineData(48, 44)]
    [InlineData(49, 44)]
    [InlineData(51, 45)]
    [InlineData(52, 46)]
    [InlineData(55, 47)]
    [InlineData(56, 48)]
    [InlineData(57, 48)]
    [InlineData(64, 50)]
    [InlineData(65, 50)]
    [InlineData(72, 52)]
    [InlineData(87, 55)]
    [InlineData(88, 56)]
    [InlineData(100, 57)]
    [InlineData(120, 60)]
    [InlineData(121, 60)]
    [InlineData(150, 63)]
    [InlineData(255, 70)]
    [InlineData(256, 70)]
    [InlineData(500, 78)]
    [InlineData(1000, 87)]
    [InlineData(1023, 87)]
    [InlineData(1024, 87)]
    [InlineData(1500, 91)]
    [InlineData(2500, 97)]
    [InlineData(4096, 103)]
    [InlineData(10000, 113)]
    [InlineData(12345, 116)]
    [InlineData(65535, 135)]
    [InlineData(99999, 140)]
    [InlineData(100000, 140)]
    [InlineData(int.MaxValue, 255)]
    public void IntToByte4MatchesLucene(int length, int expected)
    {
        Assert.Equal((byte)expected, SmallFloat.IntToByte4(length));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(23, 23)]
    [InlineData(24, 24)]
    [InlineData(25, 25)]
    [InlineData(26, 26)]
    [InlineData(31, 31)]
    [InlineData(32, 32)]
    [InlineData(33, 33)]
    [InlineData(34, 34)]
    [InlineData(35, 35)]
    [InlineData(40, 40)]
    [InlineData(41, 42)]
    [InlineData(42, 44)]
    [InlineData(48, 56)]
    [InlineData(50, 64)]
    [InlineData(57, 96)]
    [InlineData(64, 152)]
    [InlineData(70, 248)]
    [InlineData(87, 984)]
    [InlineData(100, 3096)]
    [InlineData(103, 3864)]
    [InlineData(113, 9240)]
    [InlineData(128, 32792)]
    [InlineData(135, 61464)]
    [InlineData(140, 98328)]
    [InlineData(160, 524312)]
    [InlineData(180, 3145752)]
    [InlineData(200, 16777240)]
    [InlineData(240, 536870936)]
    [InlineData(250, 1342177304)]
    [InlineData(255, 2013265944)]
    public void Byte4ToIntMatchesLucene(int encoded, int expected)
    {
        Assert.Equal(expected, SmallFloat.Byte4ToInt((byte)encoded));
    }

    [Fact]
    public void EveryByteDecodesToALengthThatEncodesBackToIt()
    {
        for (int b = 0; b < 256; b++)
        {
            Assert.Equal((byte)b, SmallFloat.IntToByte4(SmallFloat.Byte4ToInt((byte)b)));
        }
    }

    [Fact]
    public void EncodingRoundsDownAndNeverDecreases()
    {
        byte previous = 0;
        for (int length = 0; length <= 200_000; length++)
        {
            byte encoded = SmallFloat.IntToByte4(length);
            Assert.True(encoded >= previous, $"length {length}");
            Assert.True(SmallFloat.Byte4ToInt(encoded) <= length, $"length {length}");
            Assert.True(encoded == 255 || SmallFloat.Byte4ToInt((byte)(encoded + 1)) > length, $"length {length}");
            previous = encoded;
        }
    }

    [Fact]
    public void NegativeLengthsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallFloat.IntToByte4(-1));
    }
}

using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Tests.Util;

public sealed class PackedIntsTests
{
    public static TheoryData<int> Widths()
    {
        var widths = new TheoryData<int>();
        for (int bits = 0; bits <= 64; bits++)
        {
            widths.Add(bits);
        }

        return widths;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void RandomValuesOfEveryWidthRoundTrip(int bits)
    {
        var random = new Random(bits);
        int count = 1000 + bits;
        ulong mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        ulong[] values = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            // Extremes first, so every width stores its largest value and zero.
            values[i] = i == 0 ? mask : i == 1 ? 0 : (ulong)random.NextInt64() * 3 & mask;
        }

        using var directory = new RamDirectory();
        using (IndexOutput output = directory.CreateOutput("p"))
        {
            var writer = new PackedIntsWriter(output, bits);
            foreach (ulong value in values)
            {
                writer.Add(value);
            }

            writer.Finish();
            Assert.Equal(PackedInts.WordCount(count, bits) * 8, output.Position);
        }

        using IndexInput input = directory.OpenInput("p");
        PackedInts packed = PackedInts.Read(input, count, bits);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(values[i], packed.Get(i));
        }

        if (bits <= 31)
        {
            int[] decoded = new int[count - 3];
            packed.Decode(3, decoded);
            for (int i = 0; i < decoded.Length; i++)
            {
                Assert.Equal((int)values[i + 3], decoded[i]);
            }
        }
    }

    [Theory]
    [InlineData(0UL, 0)]
    [InlineData(1UL, 1)]
    [InlineData(255UL, 8)]
    [InlineData(256UL, 9)]
    [InlineData(ulong.MaxValue, 64)]
    public void BitsRequiredIsTheMinimalWidth(ulong maxValue, int expected)
    {
        Assert.Equal(expected, PackedInts.BitsRequired(maxValue));
    }

    [Fact]
    public void AValueWiderThanTheWidthIsRejected()
    {
        using var directory = new RamDirectory();
        using IndexOutput output = directory.CreateOutput("p");
        var writer = new PackedIntsWriter(output, 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Add(8));
    }
}

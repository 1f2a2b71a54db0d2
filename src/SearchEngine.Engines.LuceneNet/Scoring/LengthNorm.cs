using System.Numerics;

namespace SearchEngine.Engines.LuceneNet.Scoring;

/// <summary>
/// The one-byte field length of Lucene 7+ norms (Lucene's <c>SmallFloat.intToByte4</c> / <c>byte4ToInt</c>):
/// lengths 0 to 23 are stored exactly, larger ones as <c>length - 24</c> with four significant bits, rounded down.
/// </summary>
internal static class LengthNorm
{
    /// <summary>The number of byte values that stand for themselves.</summary>
    public const int ExactValues = 24;

    // Every byte's length, decoded once.
    private static readonly int[] Decoded = BuildTable();

    /// <summary>Encodes a non-negative field length in one byte.</summary>
    public static byte Encode(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return length < ExactValues ? (byte)length : (byte)(ExactValues + ToSmallFloat((uint)(length - ExactValues)));
    }

    /// <summary>Returns the smallest length that <paramref name="encoded"/> stands for.</summary>
    public static int Decode(byte encoded) => Decoded[encoded];

    // Three mantissa bits under an implicit leading one, the exponent (shift + 1) above them; below 8 exact.
    private static int ToSmallFloat(uint value)
    {
        int bits = 32 - BitOperations.LeadingZeroCount(value);
        if (bits < 4)
        {
            return (int)value;
        }

        int shift = bits - 4;
        return ((int)(value >> shift) & 0x07) | ((shift + 1) << 3);
    }

    private static long FromSmallFloat(int encoded)
    {
        long mantissa = encoded & 0x07;
        int shift = (encoded >> 3) - 1;
        return shift < 0 ? mantissa : (mantissa | 0x08) << shift;
    }

    private static int[] BuildTable()
    {
        int[] table = new int[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = i < ExactValues ? i : (int)Math.Min(int.MaxValue, ExactValues + FromSmallFloat(i - ExactValues));
        }

        return table;
    }
}

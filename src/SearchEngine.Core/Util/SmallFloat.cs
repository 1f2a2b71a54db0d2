using System.Numerics;

namespace SearchEngine.Core.Util;

/// <summary>
/// The one-byte length encoding of norms, bit for bit the one Lucene 8's BM25 uses (its
/// <c>SmallFloat.intToByte4</c> / <c>byte4ToInt</c>), so scores computed from our norms equal Lucene's.
/// </summary>
/// <remarks>
/// <para>
/// Bytes 0 to 23 (<see cref="NumFreeValues"/>) stand for themselves: short fields, where one token more or less
/// changes the score most, keep their exact length. Larger lengths store <c>length - 24</c> as a tiny float:
/// the high five bits hold the exponent (shift + 1) and the low three bits the mantissa below an implicit leading
/// one, so four significant bits survive and the value is rounded down. A zero exponent marks the "subnormal"
/// range 0 to 7, stored exactly. The encoding is monotonic: a longer field never gets a smaller byte.
/// </para>
/// <para>
/// The norm of a field is <c>IntToByte4(length)</c>, where length counts the tokens indexed for the field in
/// that document with position increment above zero (Lucene's default <c>discountOverlaps</c>: synonyms stacked
/// at one position count once). Removed stop words are not counted although they advance the position.
/// </para>
/// </remarks>
internal static class SmallFloat
{
    /// <summary>The number of byte values that encode a length exactly, as themselves.</summary>
    public const int NumFreeValues = 24;

    /// <summary>Encodes a non-negative length in one byte, rounding down above 23.</summary>
    public static byte IntToByte4(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return length < NumFreeValues ? (byte)length : (byte)(NumFreeValues + LongToInt4((uint)(length - NumFreeValues)));
    }

    /// <summary>Decodes a byte written by <see cref="IntToByte4"/> to the smallest length it stands for.</summary>
    public static int Byte4ToInt(byte encoded) =>
        encoded < NumFreeValues ? encoded : NumFreeValues + (int)Int4ToLong(encoded - NumFreeValues);

    // Four significant bits (the leading one implicit) and the exponent above them; values below 8 are exact.
    private static int LongToInt4(ulong value)
    {
        int bits = 64 - BitOperations.LeadingZeroCount(value);
        if (bits < 4)
        {
            return (int)value;
        }

        int shift = bits - 4;
        int mantissa = (int)(value >> shift) & 0x07;
        return mantissa | ((shift + 1) << 3);
    }

    private static long Int4ToLong(int encoded)
    {
        long mantissa = encoded & 0x07;
        int shift = (encoded >> 3) - 1;
        return shift < 0 ? mantissa : (mantissa | 0x08) << shift;
    }
}

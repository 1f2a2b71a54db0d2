namespace SearchEngine.Core.Search;

/// <summary>
/// Compares UTF-8 byte strings in the order of their UTF-16 code units (ordinal string order), which sorted-set doc
/// values use for their ordinals, without decoding them.
/// </summary>
/// <remarks>
/// UTF-8 byte order is code point order. UTF-16 order differs only in that U+E000 to U+FFFF (lead bytes 0xEE and 0xEF)
/// sort after the supplementary planes (surrogates, lead bytes 0xF0 to 0xF4): at the first differing byte, lifting
/// 0xEE and 0xEF above 0xF4 when both bytes are lead bytes of that range or above gives UTF-16 order.
/// </remarks>
internal static class Utf8AsUtf16Order
{
    /// <summary>Returns a negative number when <paramref name="left"/> sorts first, 0 when equal, else a positive number.</summary>
    public static int Compare(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        int common = left.CommonPrefixLength(right);
        if (common == left.Length || common == right.Length)
        {
            return left.Length - right.Length;
        }

        int a = left[common];
        int b = right[common];
        if (a >= 0xEE && b >= 0xEE)
        {
            a = a is 0xEE or 0xEF ? a + 0x10 : a;
            b = b is 0xEE or 0xEF ? b + 0x10 : b;
        }

        return a - b;
    }
}

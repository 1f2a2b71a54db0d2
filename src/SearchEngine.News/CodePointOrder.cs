namespace SearchEngine.News;

/// <summary>
/// Unicode code point order, the order of UTF-8 bytes in which Lucene's term dictionaries and facets sort; ordinal
/// UTF-16 order differs from it only where a surrogate (a code point above U+FFFF) meets U+E000..U+FFFF.
/// </summary>
internal static class CodePointOrder
{
    /// <summary>Compares <paramref name="x"/> and <paramref name="y"/> in code point order.</summary>
    public static int Compare(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        int length = Math.Min(x.Length, y.Length);
        for (int i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                // At the first difference: surrogates up above U+FFFF, U+E000..U+FFFF down below them.
                return Fix(x[i]) - Fix(y[i]);
            }
        }

        return x.Length - y.Length;
    }

    private static int Fix(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}

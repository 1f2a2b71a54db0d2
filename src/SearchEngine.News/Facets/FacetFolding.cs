using System.Globalization;

namespace SearchEngine.News.Facets;

/// <summary>
/// Folds text for facet value search: lower case without diacritics, so <c>schl</c> finds <c>Poul Schlüter</c>
/// and <c>orsted</c> finds <c>Ørsted</c>.
/// </summary>
/// <remarks>
/// <para>The intent is Unicode decomposition with the combining marks dropped (<c>Normalize(FormD)</c>), but the
/// engine runs with invariant globalization, where <see cref="string.Normalize()"/> has no ICU data and leaves
/// <c>ü</c> as it is. So the Latin letters news names use (Latin-1 Supplement and Latin Extended-A, U+00C0 to
/// U+017F, plus the Romanian comma letters and the pinyin caron vowels) fold through a table to the base letters
/// their decomposition gives, and any remaining non-spacing mark (text that arrives decomposed) is dropped.</para>
/// <para>Letters with no decomposition fold as Lucene's ASCIIFoldingFilter folds them: <c>ø</c> to <c>o</c>,
/// <c>æ</c> to <c>ae</c>, <c>œ</c> to <c>oe</c>, <c>ß</c> to <c>ss</c>, <c>þ</c> to <c>th</c>, <c>đ</c> and
/// <c>ð</c> to <c>d</c>, <c>ł</c> to <c>l</c>, <c>ı</c> to <c>i</c>, <c>ĳ</c> to <c>ij</c>. So <c>o</c> finds
/// <c>Ørsted</c> but <c>oe</c> (the Danish transliteration) does not. Everything else is lower-cased
/// (invariant) and kept; other scripts keep their accents.</para>
/// </remarks>
public static class FacetFolding
{
    // One character per code point from U+00C0 to U+017F: the folded letter, '*' for a two-letter expansion
    // (see Expand), '=' for a character kept as it is (× and ÷).
    private const string Latin =
        "aaaaaa*ceeeeiiiidnooooo=ouuuuy**" + "aaaaaa*ceeeeiiiidnooooo=ouuuuy*y" +
        "aaaaaaccccccccddddeeeeeeeeeegggg" + "gggghhhhiiiiiiiiii**jjkkklllllll" +
        "lllnnnnnnnnnoooooo**rrrrrrssssss" + "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private const char First = '\u00C0';

    /// <summary>Returns <paramref name="text"/> folded: lower case, diacritics removed, as described on the type.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> folded = text.Length <= MaxStackLength ? stackalloc char[MaxFoldedLength(text.Length)] : new char[MaxFoldedLength(text.Length)];
        return new string(folded[..Fold(text, folded)]);
    }

    /// <summary>The longest text whose folded form callers build on the stack (twice as many characters); a longer one, rare in names, on the heap.</summary>
    internal const int MaxStackLength = 128;

    /// <summary>The most characters <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> writes for a text of <paramref name="length"/>: a letter may fold to two.</summary>
    internal static int MaxFoldedLength(int length) => length * 2;

    /// <summary>
    /// Writes <paramref name="text"/> folded to <paramref name="destination"/>, which must hold
    /// <see cref="MaxFoldedLength"/> characters, and returns how many it wrote: the allocation-free form of <see cref="Fold(string)"/>.
    /// </summary>
    internal static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                destination[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else if (c >= First && c < First + Latin.Length)
            {
                char mapped = Latin[c - First];
                if (mapped == '*')
                {
                    ReadOnlySpan<char> expanded = Expand(c);
                    destination[n++] = expanded[0];
                    destination[n++] = expanded[1];
                }
                else
                {
                    destination[n++] = mapped == '=' ? c : mapped;
                }
            }
            else if (Special(c) is char special)
            {
                destination[n++] = special;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                destination[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }

    private static string Expand(char c) => c switch
    {
        '\u00C6' or '\u00E6' => "ae",
        '\u00DE' or '\u00FE' => "th",
        '\u00DF' => "ss",
        '\u0132' or '\u0133' => "ij",
        _ => "oe", // U+0152, U+0153
    };

    private static char? Special(char c) => c switch
    {
        '\u0218' or '\u0219' => 's',
        '\u021A' or '\u021B' => 't',
        '\u01CD' or '\u01CE' => 'a',
        '\u01CF' or '\u01D0' => 'i',
        '\u01D1' or '\u01D2' => 'o',
        >= '\u01D3' and <= '\u01DC' => 'u',
        _ => null,
    };
}

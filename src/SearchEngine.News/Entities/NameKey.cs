using System.Text;
using SearchEngine.News.Facets;

namespace SearchEngine.News.Entities;

/// <summary>
/// A spelling-insensitive key for a name, equal for the Danish, Dutch and English transliterations of one
/// foreign name: <c>Nasarbajev</c>, <c>Nazarbajev</c> and <c>Nazarbayev</c> share a key, as do <c>Putin</c> and
/// <c>Poetin</c>, <c>Kasym-Jomart</c> and <c>Kassym-Jomart</c>.
/// </summary>
/// <remarks>
/// The rules undo the systematic differences between the transliteration schools rather than approximate
/// sound in general (a Soundex would join unrelated surnames): Dutch writes <c>oe</c> and <c>sj</c>/<c>tsj</c>/
/// <c>zj</c> where Danish writes <c>u</c> and <c>sj</c>/<c>tj</c>/<c>sj</c> and English <c>u</c> and
/// <c>sh</c>/<c>ch</c>/<c>zh</c>; <c>y</c> and <c>j</c>, <c>z</c> and <c>s</c>, <c>w</c> and <c>v</c>,
/// <c>kh</c> and <c>ch</c> and <c>h</c> (Dutch writes Russian <c>х</c> as <c>ch</c>), the endings <c>-ij</c>, <c>-yj</c> and <c>-i</c>, <c>x</c> and <c>ks</c> alternate; doubled letters are single in one school and
/// double in another. Case, diacritics, hyphens, apostrophes and spaces are ignored.
/// </remarks>
internal static class NameKey
{
    /// <summary>Returns the key of <paramref name="name"/>; empty when the name has no letters or digits.</summary>
    public static string Of(string name)
    {
        string folded = FacetFolding.Fold(name);
        var letters = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(c);
            }
        }

        string s = letters.ToString();
        // Longest patterns first: each replacement must not create the input of an earlier one.
        s = s.Replace("tsch", "c", StringComparison.Ordinal)
            .Replace("tsj", "c", StringComparison.Ordinal)
            .Replace("tch", "c", StringComparison.Ordinal)
            .Replace("sch", "s", StringComparison.Ordinal)
            .Replace("zh", "s", StringComparison.Ordinal)
            .Replace("zj", "s", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal)
            .Replace("sj", "s", StringComparison.Ordinal)
            .Replace("tj", "c", StringComparison.Ordinal)
            .Replace("ch", "h", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace("oe", "u", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("x", "ks", StringComparison.Ordinal)
            .Replace("yj", "i", StringComparison.Ordinal)
            .Replace("ij", "i", StringComparison.Ordinal)
            .Replace("iy", "i", StringComparison.Ordinal);

        var key = new StringBuilder(s.Length);
        char previous = '\0';
        foreach (char c in s)
        {
            char mapped = c switch
            {
                'y' => 'j',
                'z' => 's',
                'w' => 'v',
                'q' => 'k',
                _ => c,
            };
            if (mapped != previous)
            {
                key.Append(mapped);
            }

            previous = mapped;
        }

        return key.ToString();
    }
}

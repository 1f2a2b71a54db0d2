using System.Buffers;

namespace SearchEngine.Analysis.Stemming;

/// <summary>
/// The Snowball Danish stemmer (snowballstem.org/algorithms/danish), written from the published algorithm. It holds
/// no state, so one instance may be shared between threads.
/// </summary>
public sealed class DanishStemmer : IStemmer
{
    // Words longer than this are copied to the heap rather than the stack by the string overload.
    private const int MaxStackLength = 256;

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouyæåø");

    // Letters that may precede a deletable final s ("valid s-ending").
    private static readonly SearchValues<char> SEndings = SearchValues.Create("abcdfghjklmnoprtvyzå");

    // Step 1 suffixes grouped by final letter, each group longest first so the first hit is the longest match.
    private static readonly string[] MainSuffixesInD = ["ethed", "ered", "hed"];
    private static readonly string[] MainSuffixesInE = ["erende", "erede", "ende", "erne", "ene", "ere", "e"];
    private static readonly string[] MainSuffixesInN = ["heden", "eren", "en"];
    private static readonly string[] MainSuffixesInR = ["heder", "erer", "er"];
    private static readonly string[] MainSuffixesInS =
    [
        "erendes", "hedens", "endes", "erens", "erets", "ernes", "enes", "eres", "heds", "ens", "ers", "ets", "es", "s",
    ];

    private static readonly string[] MainSuffixesInT = ["eret", "et"];

    // Step 3 suffixes that are deleted outright (løst is handled on its own: it becomes løs).
    private static readonly string[] OtherSuffixesInG = ["elig", "lig", "ig"];

    /// <summary>Stems the lower-case word in place and returns the stem's length.</summary>
    public int Stem(Span<char> word)
    {
        int r1 = MarkR1(word);
        int length = word.Length;
        length = RemoveMainSuffix(word, length, r1);
        length = RemoveConsonantPair(word, length, r1);
        length = RemoveOtherSuffix(word, length, r1);
        return Undouble(word, length, r1);
    }

    /// <summary>Returns the stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= MaxStackLength ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        int length = Stem(buffer);
        return length == word.Length ? word : new string(buffer[..length]);
    }

    // R1 is the region after the first non-vowel following a vowel, but it must leave at least 3 letters before it,
    // so that short words like "ged" are not stemmed to nothing.
    private static int MarkR1(ReadOnlySpan<char> word)
    {
        int r1 = SnowballRegions.RegionStart(word, 0, Vowels);
        return word.Length < 3 ? word.Length : Math.Max(r1, 3);
    }

    // Step 1: delete the longest main suffix lying in R1; a lone s goes only after a valid s-ending, which may lie
    // before R1.
    private static int RemoveMainSuffix(ReadOnlySpan<char> word, int length, int r1)
    {
        ReadOnlySpan<char> region = SnowballRegions.Region(word, length, r1);
        if (region.IsEmpty)
        {
            return length;
        }

        string[] candidates = region[^1] switch
        {
            'd' => MainSuffixesInD,
            'e' => MainSuffixesInE,
            'n' => MainSuffixesInN,
            'r' => MainSuffixesInR,
            's' => MainSuffixesInS,
            't' => MainSuffixesInT,
            _ => [],
        };
        int suffix = SnowballRegions.LongestSuffix(region, candidates);
        if (suffix == 1 && region[^1] == 's')
        {
            return length >= 2 && SEndings.Contains(word[length - 2]) ? length - 1 : length;
        }

        return length - suffix;
    }

    // Step 2: if R1 ends with gd, dt, gt or kt, drop the final letter (gd only arises via step 3).
    private static int RemoveConsonantPair(ReadOnlySpan<char> word, int length, int r1)
    {
        ReadOnlySpan<char> region = SnowballRegions.Region(word, length, r1);
        if (region.Length < 2 || (region[^1] != 'd' && region[^1] != 't'))
        {
            return length;
        }

        bool pair = region[^2..] switch
        {
            "gd" or "dt" or "gt" or "kt" => true,
            _ => false,
        };
        return pair ? length - 1 : length;
    }

    // Step 3: igst loses its st wherever it is; then in R1 ig, lig, elig and els are deleted (and step 2 is redone,
    // since e.g. "-igtig" leaves a new consonant pair), and løst becomes løs.
    private static int RemoveOtherSuffix(ReadOnlySpan<char> word, int length, int r1)
    {
        if (word[..length].EndsWith("igst", StringComparison.Ordinal))
        {
            length -= 2;
        }

        ReadOnlySpan<char> region = SnowballRegions.Region(word, length, r1);
        if (region.IsEmpty)
        {
            return length;
        }

        int suffix = region[^1] switch
        {
            'g' => SnowballRegions.LongestSuffix(region, OtherSuffixesInG),
            's' when region.EndsWith("els", StringComparison.Ordinal) => 3,
            't' when region.EndsWith("løst", StringComparison.Ordinal) => -1,
            _ => 0,
        };
        return suffix switch
        {
            0 => length,
            -1 => length - 1,
            _ => RemoveConsonantPair(word, length - suffix, r1),
        };
    }

    // Step 4: a doubled consonant (b-z without the vowels) at the end of R1 is undoubled (the first of the pair may
    // lie before R1). This follows the Snowball vocabulary (output.txt), the acceptance oracle; Lucene 8's generated
    // stemmer undoubles any non-vowel, digits and accented letters included ("år2000" -> "år200"), a difference
    // that shows only on such mixed tokens.
    private static int Undouble(ReadOnlySpan<char> word, int length, int r1)
    {
        ReadOnlySpan<char> region = SnowballRegions.Region(word, length, r1);
        if (region.IsEmpty || length < 2)
        {
            return length;
        }

        char last = region[^1];
        return last is >= 'b' and <= 'z' && !Vowels.Contains(last) && word[length - 2] == last ? length - 1 : length;
    }
}

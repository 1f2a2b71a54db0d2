using System.Buffers;

namespace SearchEngine.Analysis.Stemming;

/// <summary>
/// The classic Porter-based Snowball Dutch stemmer (snowballstem.org/algorithms/dutch, the one Lucene 8's
/// DutchStemmer implements, not the later Kraaij-Pohlmann one), written from the published algorithm. It holds no
/// state, so one instance may be shared between threads.
/// </summary>
public sealed class DutchStemmer : IStemmer
{
    // Words longer than this are copied to the heap rather than the stack by the string overload.
    private const int MaxStackLength = 256;

    // The vowels; the upper-case I and Y the prelude writes for consonantal i and y are deliberately not among them.
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouyè");

    /// <summary>Stems the lower-case word in place and returns the stem's length.</summary>
    public int Stem(Span<char> word)
    {
        Prelude(word);
        int r1 = SnowballRegions.RegionStart(word, 0, Vowels);
        int r2 = SnowballRegions.RegionStart(word, r1, Vowels);

        // R2 is found from where R1's search ended, before R1 is pushed out to leave at least 3 letters before it.
        r1 = Math.Max(r1, 3);

        int length = Step1(word, word.Length, r1);
        length = Step2(word, length, r1, out bool eFound);
        length = Step3a(word, length, r1, r2);
        length = Step3b(word, length, r1, r2, eFound);
        length = Step4(word, length);
        Postlude(word[..length]);
        return length;
    }

    /// <summary>Returns the stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= MaxStackLength ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        ReadOnlySpan<char> stem = buffer[..Stem(buffer)];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    // Prelude: strip the acute accents and diaereses (è stays, it is a vowel of its own), then mark consonantal
    // y and i as Y and I so that the region and vowel tests treat them as consonants: an initial y, a y after a
    // vowel, and an i between vowels. Scanning left to right sees the marks already made, as Snowball's repeat does.
    private static void Prelude(Span<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            word[i] = word[i] switch
            {
                'ä' or 'á' => 'a',
                'ë' or 'é' => 'e',
                'ï' or 'í' => 'i',
                'ö' or 'ó' => 'o',
                'ü' or 'ú' => 'u',
                char other => other,
            };
        }

        if (word.Length > 0 && word[0] == 'y')
        {
            word[0] = 'Y';
        }

        for (int i = 0; i + 1 < word.Length; i++)
        {
            if (!IsVowel(word[i]))
            {
                continue;
            }

            if (word[i + 1] == 'i' && i + 2 < word.Length && IsVowel(word[i + 2]))
            {
                word[i + 1] = 'I';
            }
            else if (word[i + 1] == 'y')
            {
                word[i + 1] = 'Y';
            }
        }
    }

    // Postlude: turn the consonant marks back into the lower-case letters.
    private static void Postlude(Span<char> stem)
    {
        stem.Replace('Y', 'y');
        stem.Replace('I', 'i');
    }

    // Step 1: heden becomes heid in R1; en and ene go after a valid en-ending; s and se go in R1 after a non-vowel
    // other than j. Only the longest of these suffixes is tried.
    private static int Step1(Span<char> word, int length, int r1)
    {
        ReadOnlySpan<char> text = word[..length];
        if (text.EndsWith("heden", StringComparison.Ordinal))
        {
            int start = length - 5;
            if (start >= r1)
            {
                "heid".CopyTo(word[start..]);
                return length - 1;
            }

            return length;
        }

        if (text.EndsWith("ene", StringComparison.Ordinal))
        {
            return RemoveEnEnding(word, length, length - 3, r1);
        }

        if (text.EndsWith("en", StringComparison.Ordinal))
        {
            return RemoveEnEnding(word, length, length - 2, r1);
        }

        int s = text.EndsWith("se", StringComparison.Ordinal) ? 2 : text.EndsWith('s') ? 1 : 0;
        int sStart = length - s;
        bool validSEnding = s > 0 && sStart >= r1 && sStart > 0 && !IsVowel(word[sStart - 1]) && word[sStart - 1] != 'j';
        return validSEnding ? sStart : length;
    }

    // Step 2: a final e in R1 after a non-vowel is deleted and the ending undoubled; step 3b's "bar" remembers it.
    private static int Step2(Span<char> word, int length, int r1, out bool eFound)
    {
        int start = length - 1;
        eFound = start >= r1 && start > 0 && word[start] == 'e' && !IsVowel(word[start - 1]);
        return eFound ? Undouble(word, start) : length;
    }

    // Step 3a: heid in R2, not after c, is deleted, and then an en left before it is treated as in step 1.
    private static int Step3a(Span<char> word, int length, int r1, int r2)
    {
        int start = length - 4;
        if (start < r2 || !word[..length].EndsWith("heid", StringComparison.Ordinal) || (start > 0 && word[start - 1] == 'c'))
        {
            return length;
        }

        length = start;
        return word[..length].EndsWith("en", StringComparison.Ordinal) ? RemoveEnEnding(word, length, length - 2, r1) : length;
    }

    // Step 3b: the derivational suffixes end, ing, ig, lijk, baar and bar, each only in R2; only the longest is tried.
    private static int Step3b(Span<char> word, int length, int r1, int r2, bool eFound)
    {
        ReadOnlySpan<char> text = word[..length];
        if (text.EndsWith("end", StringComparison.Ordinal) || text.EndsWith("ing", StringComparison.Ordinal))
        {
            int start = length - 3;
            if (start < r2)
            {
                return length;
            }

            // An ig left in R2 by "-igend"/"-iging" goes too (unless after e); otherwise undouble ("-kking" -> "-k").
            int ig = start - 2;
            bool removableIg = ig >= r2 && word[..start].EndsWith("ig", StringComparison.Ordinal) && (ig == 0 || word[ig - 1] != 'e');
            return removableIg ? ig : Undouble(word, start);
        }

        if (text.EndsWith("ig", StringComparison.Ordinal))
        {
            int start = length - 2;
            return start >= r2 && (start == 0 || word[start - 1] != 'e') ? start : length;
        }

        if (text.EndsWith("lijk", StringComparison.Ordinal))
        {
            // "-elijk" also loses the e, as in step 2.
            int start = length - 4;
            return start >= r2 ? Step2(word, start, r1, out _) : length;
        }

        if (text.EndsWith("baar", StringComparison.Ordinal))
        {
            int start = length - 4;
            return start >= r2 ? start : length;
        }

        if (text.EndsWith("bar", StringComparison.Ordinal))
        {
            int start = length - 3;
            return start >= r2 && eFound ? start : length;
        }

        return length;
    }

    // Step 4: undouble the vowel of a final consonant-vowel-vowel-consonant (CVVD) ending, as in maan -> man; the
    // last letter may not be the I mark. This step has no region condition.
    private static int Step4(Span<char> word, int length)
    {
        if (length < 4)
        {
            return length;
        }

        char last = word[length - 1];
        char vowel = word[length - 2];
        bool doubled = vowel is 'a' or 'e' or 'o' or 'u' && word[length - 3] == vowel;
        if (!doubled || IsVowel(last) || last == 'I' || IsVowel(word[length - 4]))
        {
            return length;
        }

        word[length - 2] = last;
        return length - 1;
    }

    // An en or ene suffix starting at start is removed when it lies in R1 after a non-vowel that does not end "gem"
    // (so "gemen" keeps its en), and the ending is then undoubled.
    private static int RemoveEnEnding(Span<char> word, int length, int start, int r1)
    {
        if (start < r1 || start == 0 || IsVowel(word[start - 1]) || word[..start].EndsWith("gem", StringComparison.Ordinal))
        {
            return length;
        }

        return Undouble(word, start);
    }

    // Undoubling: a final kk, dd or tt loses one letter.
    private static int Undouble(ReadOnlySpan<char> word, int length)
    {
        if (length < 2)
        {
            return length;
        }

        char last = word[length - 1];
        return last is 'k' or 'd' or 't' && word[length - 2] == last ? length - 1 : length;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c);
}

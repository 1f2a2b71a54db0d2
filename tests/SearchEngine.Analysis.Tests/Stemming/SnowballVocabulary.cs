using System.Globalization;

using SearchEngine.Analysis.Stemming;

namespace SearchEngine.Analysis.Tests.Stemming;

/// <summary>Runs a stemmer over a Snowball vocabulary (voc.txt) and compares with its expected stems (output.txt).</summary>
internal static class SnowballVocabulary
{
    /// <summary>The most mismatches a failure message lists.</summary>
    public const int ReportedMismatches = 20;

    /// <summary>
    /// Stems every line of the language's voc.txt through the span overload and returns the line count and the
    /// lines whose stem differs from the same line of output.txt, as "line N: word -> actual (expected ...)".
    /// </summary>
    public static (int Words, List<string> Mismatches) Compare(IStemmer stemmer, string language)
    {
        string directory = TestData.RequireSnowballVocabulary(language);
        string[] words = File.ReadAllLines(Path.Combine(directory, "voc.txt"));
        string[] expected = File.ReadAllLines(Path.Combine(directory, "output.txt"));
        Assert.Equal(words.Length, expected.Length);

        List<string> mismatches = [];
        char[] buffer = new char[words.Max(w => w.Length)];
        for (int i = 0; i < words.Length; i++)
        {
            // Compare the raw lines exactly as read: no trimming, no case folding.
            Span<char> word = buffer.AsSpan(0, words[i].Length);
            words[i].CopyTo(word);
            string actual = new(word[..stemmer.Stem(word)]);
            if (actual != expected[i])
            {
                mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: {words[i]} -> {actual} (expected {expected[i]})"));
            }
        }

        return (words.Length, mismatches);
    }

    /// <summary>Formats the first mismatches for an assertion message.</summary>
    public static string Describe(List<string> mismatches) =>
        $"{mismatches.Count} mismatches; first {Math.Min(ReportedMismatches, mismatches.Count)}:{Environment.NewLine}"
        + string.Join(Environment.NewLine, mismatches.Take(ReportedMismatches));
}

namespace SearchEngine.Analysis.Stemming;

/// <summary>A stemmer that reduces a lower-case word to its stem in place.</summary>
public interface IStemmer
{
    /// <summary>
    /// Stems the word held in <paramref name="word"/> in place and returns the stem's length, which is never
    /// greater than the word's; the characters after the returned length are unspecified.
    /// </summary>
    int Stem(Span<char> word);
}

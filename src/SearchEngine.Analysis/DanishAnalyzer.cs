using System.Collections.Frozen;
using SearchEngine.Analysis.Filters;
using SearchEngine.Analysis.Stemming;
using SearchEngine.Analysis.Tokenization;

namespace SearchEngine.Analysis;

/// <summary>
/// Analyzes Danish text as Lucene's DanishAnalyzer does: standard tokenization, lower-casing, the Snowball Danish
/// stop list, an optional stem exclusion set and the Snowball Danish stemmer.
/// </summary>
public sealed class DanishAnalyzer : Analyzer
{
    private static readonly DanishStemmer Stemmer = new();

    /// <summary>Initializes the analyzer with the default stop words and no stem exclusions.</summary>
    public DanishAnalyzer()
        : this(StopWords.Danish, FrozenSet<string>.Empty)
    {
    }

    /// <summary>Initializes the analyzer with its own stop words and terms that must not be stemmed (both lower case).</summary>
    public DanishAnalyzer(FrozenSet<string> stopWords, FrozenSet<string> stemExclusions)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(stemExclusions);
        StopWordSet = stopWords;
        StemExclusions = stemExclusions;
    }

    /// <summary>Gets the language code this analyzer is for ("da").</summary>
    public static string Language => "da";

    /// <summary>Gets the stop words the analyzer removes.</summary>
    public FrozenSet<string> StopWordSet { get; }

    /// <summary>Gets the terms the analyzer leaves unstemmed.</summary>
    public FrozenSet<string> StemExclusions { get; }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents()
    {
        var source = new StandardTokenizer();
        TokenStream sink = new StopFilter(new LowerCaseFilter(source), StopWordSet);
        if (StemExclusions.Count > 0)
        {
            sink = new KeywordMarkerFilter(sink, StemExclusions);
        }

        return new TokenStreamComponents(source, new StemFilter(sink, Stemmer));
    }
}

using System.Collections.Frozen;
using SearchEngine.Analysis.Filters;
using SearchEngine.Analysis.Stemming;
using SearchEngine.Analysis.Tokenization;

namespace SearchEngine.Analysis;

/// <summary>
/// Analyzes Dutch text as Lucene's DutchAnalyzer does: standard tokenization, lower-casing, the Snowball Dutch
/// stop list, an optional stem exclusion set, a stem-override dictionary and the classic Snowball Dutch stemmer.
/// </summary>
public sealed class DutchAnalyzer : Analyzer
{
    private static readonly DutchStemmer Stemmer = new();

    /// <summary>Initializes the analyzer with the default stop words and stem overrides, and no stem exclusions.</summary>
    public DutchAnalyzer()
        : this(StopWords.Dutch, FrozenSet<string>.Empty, DefaultStemOverrides)
    {
    }

    /// <summary>
    /// Initializes the analyzer with its own stop words, terms that must not be stemmed and terms with a fixed
    /// stem (all lower case).
    /// </summary>
    public DutchAnalyzer(FrozenSet<string> stopWords, FrozenSet<string> stemExclusions, FrozenDictionary<string, string> stemOverrides)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(stemExclusions);
        ArgumentNullException.ThrowIfNull(stemOverrides);
        StopWordSet = stopWords;
        StemExclusions = stemExclusions;
        StemOverrides = stemOverrides;
    }

    /// <summary>Gets the language code this analyzer is for ("nl").</summary>
    public static string Language => "nl";

    /// <summary>
    /// Gets Lucene's default Dutch stem overrides: words the Snowball stemmer would conflate wrongly
    /// (fiets, bromfiets) or that have irregular plurals (ei -> eier, kind -> kinder).
    /// </summary>
    public static FrozenDictionary<string, string> DefaultStemOverrides { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fiets"] = "fiets",
        ["bromfiets"] = "bromfiets",
        ["ei"] = "eier",
        ["kind"] = "kinder",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the stop words the analyzer removes.</summary>
    public FrozenSet<string> StopWordSet { get; }

    /// <summary>Gets the terms the analyzer leaves unstemmed.</summary>
    public FrozenSet<string> StemExclusions { get; }

    /// <summary>Gets the terms whose stem is fixed instead of computed.</summary>
    public FrozenDictionary<string, string> StemOverrides { get; }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents()
    {
        var source = new StandardTokenizer();
        TokenStream sink = new StopFilter(new LowerCaseFilter(source), StopWordSet);
        if (StemExclusions.Count > 0)
        {
            sink = new KeywordMarkerFilter(sink, StemExclusions);
        }

        if (StemOverrides.Count > 0)
        {
            sink = new StemmerOverrideFilter(sink, StemOverrides);
        }

        return new TokenStreamComponents(source, new StemFilter(sink, Stemmer));
    }
}

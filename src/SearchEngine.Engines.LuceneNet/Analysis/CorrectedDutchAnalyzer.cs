using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;

namespace SearchEngine.Engines.LuceneNet.Analysis;

/// <summary>
/// Lucene's DutchAnalyzer chain (StandardTokenizer, StandardFilter, LowerCaseFilter, StopFilter with
/// <see cref="DutchAnalyzer.DefaultStopSet"/>, StemmerOverrideFilter, SnowballFilter with the Dutch stemmer) with the
/// stem-override dictionary Java Lucene uses: fiets, bromfiets, ei -> eier, kind -> kinder.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8.0-beta00017's own DutchAnalyzer builds its default override dictionary from a reused buffer,
/// so a key shorter than one added before it is corrupted and <c>kind</c> and <c>ei</c> never apply.
/// </remarks>
internal sealed class CorrectedDutchAnalyzer : Analyzer
{
    // Immutable once built; every filter reads it through its own FST reader.
    private static readonly StemmerOverrideFilter.StemmerOverrideMap StemOverrides = BuildStemOverrides();

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new StandardFilter(LanguageAnalyzers.Version, source);
        result = new LowerCaseFilter(LanguageAnalyzers.Version, result);
        result = new StopFilter(LanguageAnalyzers.Version, result, DutchAnalyzer.DefaultStopSet);
        result = new StemmerOverrideFilter(result, StemOverrides);
        result = new SnowballFilter(result, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(source, result);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildStemOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        builder.Add("fiets", "fiets"); // the stemmer would make it "fiet"
        builder.Add("bromfiets", "bromfiets");
        builder.Add("ei", "eier");
        builder.Add("kind", "kinder");
        return builder.Build();
    }
}

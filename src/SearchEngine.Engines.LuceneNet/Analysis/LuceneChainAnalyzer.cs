using System.Collections.Concurrent;
using SearchEngine.Analysis;

namespace SearchEngine.Engines.LuceneNet.Analysis;

/// <summary>
/// The facade's <see cref="Analyzer"/> of one language over the engine's Lucene chain: the same tokens, offsets and
/// positions the engine indexes, for analysing query text and highlighting.
/// </summary>
internal sealed class LuceneChainAnalyzer : Analyzer
{
    private readonly string language;
    private readonly LanguageChains chains = new();
    private readonly ConcurrentBag<LuceneChainTokenizer> tokenizers = [];

    /// <summary>Initializes the analyzer of <paramref name="language"/> (<c>da</c> or <c>nl</c>).</summary>
    /// <exception cref="ArgumentException">The language is not one the engine analyses.</exception>
    public LuceneChainAnalyzer(string language)
    {
        if (!LanguageAnalyzers.IsKnown(language))
        {
            throw LanguageAnalyzers.Unknown(language, nameof(language));
        }

        this.language = language;
    }

    /// <summary>Gets the language analysed.</summary>
    public string Language => language;

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents()
    {
        var tokenizer = new LuceneChainTokenizer(chains, language);
        tokenizers.Add(tokenizer);
        return new TokenStreamComponents(tokenizer, tokenizer);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (LuceneChainTokenizer tokenizer in tokenizers)
            {
                tokenizer.Dispose();
            }

            chains.Dispose();
        }

        base.Dispose(disposing);
    }
}

using Lucene.Net.Analysis;

namespace SearchEngine.Engines.LuceneNet.Analysis;

/// <summary>
/// Builds private analysis chains of a language (the field name is the language), for callers that manage a
/// chain's reuse themselves instead of through Lucene's per-thread cache.
/// </summary>
internal sealed class LanguageChains : AnalyzerWrapper
{
    private readonly Analyzer danish = LanguageAnalyzers.Create(LanguageAnalyzers.Danish);
    private readonly Analyzer dutch = LanguageAnalyzers.Create(LanguageAnalyzers.Dutch);

    /// <summary>Initializes the chains; nothing is cached per thread.</summary>
    public LanguageChains()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>Returns a new chain of <paramref name="language"/> reading <paramref name="reader"/>; the caller owns it.</summary>
    public TokenStreamComponents Create(string language, TextReader reader) => CreateComponents(language, reader);

    /// <inheritdoc/>
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => fieldName switch
    {
        LanguageAnalyzers.Danish => danish,
        LanguageAnalyzers.Dutch => dutch,
        _ => throw LanguageAnalyzers.Unknown(fieldName, nameof(fieldName)),
    };

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            danish.Dispose();
            dutch.Dispose();
        }

        base.Dispose(disposing);
    }
}

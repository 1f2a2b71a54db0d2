using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using SearchEngine.Engines.LuceneNet.Documents;

namespace SearchEngine.Engines.LuceneNet.Analysis;

/// <summary>
/// The IndexWriter's analyzer: analyses each text field with the chain of the language its documents declared for
/// it (<see cref="FieldSchema"/>), so the writer analyses every field itself, one at a time.
/// </summary>
/// <remarks>
/// The writer also asks for the position and offset gaps of fields it does not analyse (a number's trie terms come
/// from their own token stream); those get a keyword analyzer, whose gaps are 0 like every chain's here. A text field
/// always declares its language before its document reaches the writer.
/// </remarks>
internal sealed class FieldLanguageAnalyzer(FieldSchema schema) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly Analyzer danish = LanguageAnalyzers.Create(LanguageAnalyzers.Danish);
    private readonly Analyzer dutch = LanguageAnalyzers.Create(LanguageAnalyzers.Dutch);
    private readonly Analyzer untokenized = new KeywordAnalyzer();

    /// <inheritdoc/>
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => schema.LanguageOf(fieldName) switch
    {
        LanguageAnalyzers.Danish => danish,
        LanguageAnalyzers.Dutch => dutch,
        _ => untokenized,
    };

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            danish.Dispose();
            dutch.Dispose();
            untokenized.Dispose();
        }

        base.Dispose(disposing);
    }
}

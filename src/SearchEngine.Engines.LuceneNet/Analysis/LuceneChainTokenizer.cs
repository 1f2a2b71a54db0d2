using Lucene.Net.Analysis.TokenAttributes;
using SearchEngine.Analysis;
using LuceneTokenStream = Lucene.Net.Analysis.TokenStream;
using LuceneTokenStreamComponents = Lucene.Net.Analysis.TokenStreamComponents;

namespace SearchEngine.Engines.LuceneNet.Analysis;

/// <summary>
/// Runs one private Lucene analysis chain over its input and copies each token's term, offsets, position increment,
/// keyword flag and type into <see cref="TokenStream.Attributes"/>: the tokens the engine indexed, for the facade.
/// </summary>
/// <remarks>
/// Lucene's lifecycle is kept on every input: the previous input is closed (after End when it was read to the end)
/// before the chain is given the next reader and Reset. The chain belongs to this tokenizer alone, so it does not
/// depend on the thread it runs on.
/// </remarks>
internal sealed class LuceneChainTokenizer : Tokenizer
{
    private readonly MemoryTextReader reader = new();
    private readonly LuceneTokenStreamComponents chain;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly IKeywordAttribute keyword;
    private readonly ITypeAttribute type;
    private bool open;
    private bool disposed;

    /// <summary>Initializes the tokenizer over a new chain of <paramref name="language"/> made by <paramref name="chains"/>.</summary>
    public LuceneChainTokenizer(LanguageChains chains, string language)
    {
        chain = chains.Create(language, reader);
        LuceneTokenStream sink = chain.TokenStream;
        term = sink.AddAttribute<ICharTermAttribute>();
        offset = sink.AddAttribute<IOffsetAttribute>();
        increment = sink.AddAttribute<IPositionIncrementAttribute>();
        keyword = sink.AddAttribute<IKeywordAttribute>();
        type = sink.AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc/>
    public override void Reset()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        Close();
        reader.SetText(Input);
        chain.Tokenizer.SetReader(reader);
        chain.TokenStream.Reset();
        open = true;
    }

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        if (!open)
        {
            return false;
        }

        LuceneTokenStream sink = chain.TokenStream;
        if (!sink.IncrementToken())
        {
            sink.End();
            Close();
            return false;
        }

        TokenAttributes attributes = Attributes;
        attributes.Clear();
        attributes.SetTerm(term.Buffer.AsSpan(0, term.Length));
        attributes.StartOffset = offset.StartOffset;
        attributes.EndOffset = offset.EndOffset;
        attributes.PositionIncrement = increment.PositionIncrement;
        attributes.IsKeyword = keyword.IsKeyword;
        attributes.Type = TypeOf(type.Type);
        return true;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            Close();
            reader.Dispose();
        }

        base.Dispose(disposing);
    }

    // StandardTokenizer's token types (Lucene 4.8 names no emoji type).
    private static TokenType TypeOf(string luceneType) => luceneType switch
    {
        "<NUM>" => TokenType.Numeric,
        "<SOUTHEAST_ASIAN>" => TokenType.SoutheastAsian,
        "<IDEOGRAPHIC>" => TokenType.Ideographic,
        "<HIRAGANA>" => TokenType.Hiragana,
        "<KATAKANA>" => TokenType.Katakana,
        "<HANGUL>" => TokenType.Hangul,
        "<EMOJI>" => TokenType.Emoji,
        _ => TokenType.Word,
    };

    // Closes the current input (Lucene's Close), which the chain requires before it takes the next reader.
    private void Close()
    {
        if (open)
        {
            open = false;
            chain.TokenStream.Dispose();
        }
    }
}

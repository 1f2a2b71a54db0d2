namespace SearchEngine.News.QueryParsing;

/// <summary>A quoted phrase (<c>"Mette Frederiksen"</c>, <c>body:"a b"~2</c>): its text raw, to be split into words by analysis.</summary>
public sealed class PhraseNode : QueryNode
{
    /// <summary>Initializes a phrase node.</summary>
    /// <param name="field">The field, lower-cased; <see langword="null"/> for the caller's default fields.</param>
    /// <param name="text">The text between the quotes, escapes removed; may be empty (<c>""</c>), which analysis turns into nothing.</param>
    /// <param name="slop">How many positions the words may move (<c>~N</c>); 0 for an exact phrase.</param>
    /// <param name="boost">The boost; 1 for none.</param>
    /// <param name="span">Where in the query the node came from.</param>
    public PhraseNode(string? field, string text, int slop = 0, float boost = 1f, SourceSpan span = default)
        : base(span, boost)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(slop);
        Field = field;
        Text = text;
        Slop = slop;
    }

    /// <summary>Gets the field, or <see langword="null"/> for the default fields.</summary>
    public string? Field { get; }

    /// <summary>Gets the text between the quotes, raw.</summary>
    public string Text { get; }

    /// <summary>Gets the slop: how many positions the words may move and still match.</summary>
    public int Slop { get; }

    internal override QueryNode Rewrap(SourceSpan span, float factor) => new PhraseNode(Field, Text, Slop, Boost * factor, span);

    private protected override bool EqualsSameKind(QueryNode other)
    {
        var phrase = (PhraseNode)other;
        return phrase.Field == Field && phrase.Text == Text && phrase.Slop == Slop;
    }

    private protected override int HashSameKind() => HashCode.Combine(Field, Text, Slop);
}

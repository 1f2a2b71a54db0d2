namespace SearchEngine.News.QueryParsing;

/// <summary>A single word as typed (<c>regeringen</c>, <c>title:B.T.</c>, <c>Kasym-Jomart</c>), escapes removed, not analyzed.</summary>
public sealed class TermNode : QueryNode
{
    /// <summary>Initializes a term node.</summary>
    /// <param name="field">The field, lower-cased; <see langword="null"/> for the caller's default fields.</param>
    /// <param name="text">The term text, raw: escapes removed, case kept.</param>
    /// <param name="boost">The boost; 1 for none.</param>
    /// <param name="span">Where in the query the node came from.</param>
    public TermNode(string? field, string text, float boost = 1f, SourceSpan span = default)
        : base(span, boost)
    {
        ArgumentNullException.ThrowIfNull(text);
        Field = field;
        Text = text;
    }

    /// <summary>Gets the field, or <see langword="null"/> for the default fields.</summary>
    public string? Field { get; }

    /// <summary>Gets the term text, raw (analysis happens later).</summary>
    public string Text { get; }

    internal override QueryNode Rewrap(SourceSpan span, float factor) => new TermNode(Field, Text, Boost * factor, span);

    private protected override bool EqualsSameKind(QueryNode other)
    {
        var term = (TermNode)other;
        return term.Field == Field && term.Text == Text;
    }

    private protected override int HashSameKind() => HashCode.Combine(Field, Text);
}

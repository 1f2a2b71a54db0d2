namespace SearchEngine.News.QueryParsing;

/// <summary>Matches every document: <c>*:*</c>, and the empty (or all-whitespace) query.</summary>
public sealed class MatchAllNode : QueryNode
{
    /// <summary>Initializes a match-all node.</summary>
    /// <param name="boost">The boost; 1 for none.</param>
    /// <param name="span">Where in the query the node came from.</param>
    public MatchAllNode(float boost = 1f, SourceSpan span = default)
        : base(span, boost)
    {
    }

    internal override QueryNode Rewrap(SourceSpan span, float factor) => new MatchAllNode(Boost * factor, span);

    private protected override bool EqualsSameKind(QueryNode other) => true;

    private protected override int HashSameKind() => 0;
}

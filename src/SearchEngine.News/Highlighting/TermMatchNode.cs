namespace SearchEngine.News.Highlighting;

/// <summary>
/// A term, prefix or range of the highlighted field: it matches every token collected into its slot while the
/// text was analysed, each token marked on its own.
/// </summary>
internal sealed class TermMatchNode : MatchNode
{
    private readonly int slot;
    private readonly int leaf;

    /// <summary>Initializes a node over the tokens of <paramref name="slot"/>, scored as leaf <paramref name="leaf"/>.</summary>
    public TermMatchNode(int slot, int leaf)
    {
        this.slot = slot;
        this.leaf = leaf;
    }

    /// <inheritdoc />
    public override MatchState Evaluate(HighlightContext context)
    {
        ReadOnlySpan<int> tokens = context.Occurrences(slot);
        if (tokens.IsEmpty)
        {
            return MatchState.No;
        }

        int[] starts = context.TokenStarts;
        int[] ends = context.TokenEnds;
        SpanBuffer spans = context.Spans;
        foreach (int token in tokens)
        {
            spans.Add(starts[token], ends[token], leaf, counted: true);
        }

        return MatchState.Yes;
    }
}

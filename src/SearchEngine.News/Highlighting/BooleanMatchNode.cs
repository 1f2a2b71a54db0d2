namespace SearchEngine.News.Highlighting;

/// <summary>
/// A boolean query evaluated on the highlighted field with Lucene's semantics, so that only the terms of clauses
/// that take part in a match are marked: a required clause that cannot match, or an excluded clause that surely
/// matches, rules the whole node out and takes back the spans its clauses had added.
/// </summary>
/// <remarks>
/// Excluded (MustNot) clauses are evaluated only to decide; their spans are always taken back, so a term under
/// NOT is never marked even when it occurs. Clauses on other fields are <see cref="MatchState.Unknown"/>: they
/// may hold in the document, so they neither rule the node out nor confirm it.
/// </remarks>
internal sealed class BooleanMatchNode : MatchNode
{
    private readonly MatchNode[] required;
    private readonly MatchNode[] optional;
    private readonly MatchNode[] prohibited;
    private readonly int minimumShouldMatch;

    /// <summary>Initializes a node of Must and Filter clauses, Should clauses and MustNot clauses.</summary>
    public BooleanMatchNode(MatchNode[] required, MatchNode[] optional, MatchNode[] prohibited, int minimumShouldMatch)
    {
        this.required = required;
        this.optional = optional;
        this.prohibited = prohibited;
        this.minimumShouldMatch = minimumShouldMatch;
    }

    /// <inheritdoc />
    public override MatchState Evaluate(HighlightContext context)
    {
        // As in Lucene, a query of exclusions alone matches nothing.
        if (required.Length == 0 && optional.Length == 0)
        {
            return MatchState.No;
        }

        SpanBuffer spans = context.Spans;
        int mark = spans.Count;
        foreach (MatchNode clause in prohibited)
        {
            MatchState state = clause.Evaluate(context);
            spans.Truncate(mark);
            if (state == MatchState.Yes)
            {
                return MatchState.No;
            }
        }

        bool sure = true;
        foreach (MatchNode clause in required)
        {
            MatchState state = clause.Evaluate(context);
            if (state == MatchState.No)
            {
                spans.Truncate(mark);
                return MatchState.No;
            }

            sure &= state == MatchState.Yes;
        }

        int yes = 0;
        int unknown = 0;
        foreach (MatchNode clause in optional)
        {
            MatchState state = clause.Evaluate(context);
            yes += state == MatchState.Yes ? 1 : 0;
            unknown += state == MatchState.Unknown ? 1 : 0;
        }

        int needed = minimumShouldMatch > 0 ? minimumShouldMatch : required.Length == 0 ? 1 : 0;
        if (yes + unknown < needed)
        {
            spans.Truncate(mark);
            return MatchState.No;
        }

        return sure && yes >= needed ? MatchState.Yes : MatchState.Unknown;
    }
}

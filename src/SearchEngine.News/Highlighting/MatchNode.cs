namespace SearchEngine.News.Highlighting;

/// <summary>
/// One node of a query compiled for highlighting one field: it decides whether it matches the analysed text
/// and, when it does, appends the spans of its matches to <see cref="HighlightContext.Spans"/>.
/// </summary>
/// <remarks>
/// Nodes are immutable and shared by every thread highlighting with the same plan; all per-text state lives in
/// the <see cref="HighlightContext"/>. A node that returns <see cref="MatchState.No"/> leaves no spans behind.
/// </remarks>
internal abstract class MatchNode
{
    /// <summary>Gets the node for queries the text cannot decide (other fields, match-all, numeric ranges).</summary>
    public static MatchNode Unknown { get; } = new ConstantNode(MatchState.Unknown);

    /// <summary>Gets the node for queries that match nothing (an empty phrase).</summary>
    public static MatchNode Never { get; } = new ConstantNode(MatchState.No);

    /// <summary>Decides whether the node matches the analysed text, appending its spans when it does.</summary>
    public abstract MatchState Evaluate(HighlightContext context);

    /// <summary>A node whose state does not depend on the text.</summary>
    private sealed class ConstantNode(MatchState state) : MatchNode
    {
        public override MatchState Evaluate(HighlightContext context) => state;
    }
}

namespace SearchEngine.Server.Articles;

/// <summary>The answer to <c>POST /api/articles/_bulk</c>: one item per non-blank line, in line order, and the counts of the lines that were not written.</summary>
/// <param name="Lines">The non-blank lines read.</param>
/// <param name="Invalid">The lines refused as invalid.</param>
/// <param name="Failed">In a cluster, the valid lines the stream did not acknowledge; 0 alone.</param>
/// <param name="Items">One item per non-blank line, in line order.</param>
internal sealed record BulkResponse(int Lines, int Invalid, int Failed, IReadOnlyList<BulkItem> Items);

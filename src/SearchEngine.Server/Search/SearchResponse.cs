namespace SearchEngine.Server.Search;

/// <summary>The answer to <c>GET /api/search</c>.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Total">The number of matching articles.</param>
/// <param name="TookMs">The time the search took in the server, in milliseconds.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="Size">The page size.</param>
/// <param name="Next">The cursor for <c>after</c> that continues after this page's last hit, or null when no hit follows.</param>
/// <param name="Hits">The page's hits, best (or newest) first.</param>
/// <param name="Facets">The drill-sideways facet counts: each dimension counted under every filter but its own.</param>
internal sealed record SearchResponse(string Query, long Total, double TookMs, int Page, int Size, string? Next, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);

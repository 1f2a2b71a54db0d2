namespace SearchEngine.News.Search;

/// <summary>One page of results.</summary>
/// <param name="Total">The number of matching articles (a lower bound when the request allowed it and <see cref="TotalIsExact"/> is false).</param>
/// <param name="TotalIsExact">Whether <see cref="Total"/> is exact.</param>
/// <param name="Hits">The page's hits, in order.</param>
/// <param name="Elapsed">The time the search took (parse, search, loading the hits and, when asked, highlighting them).</param>
/// <param name="NextCursor">The cursor (<see cref="NewsSearchRequest.After"/>) that continues after this page's last hit, in either order; null when no hit follows.</param>
public sealed record NewsSearchResponse(long Total, bool TotalIsExact, IReadOnlyList<NewsHit> Hits, TimeSpan Elapsed, string? NextCursor = null);

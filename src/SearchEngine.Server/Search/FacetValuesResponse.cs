namespace SearchEngine.Server.Search;

/// <summary>The answer to <c>GET /api/facets/{facet}</c>: the facet's values matching a prefix.</summary>
/// <param name="Facet">The facet searched: <c>person</c> or <c>organization</c>.</param>
/// <param name="Prefix">The prefix as given.</param>
/// <param name="Values">The matching values with their article counts, most frequent first.</param>
internal sealed record FacetValuesResponse(string Facet, string Prefix, IReadOnlyList<FacetValue> Values);

namespace SearchEngine.Server.Search;

/// <summary>A year of the date facet, with its count and its months.</summary>
/// <param name="Value">The year, <c>YYYY</c>.</param>
/// <param name="Count">The number of matching articles of that year.</param>
/// <param name="Children">The months of the year (<c>YYYY-MM</c>) with their counts, newest first.</param>
internal sealed record DateFacetValue(string Value, int Count, IReadOnlyList<FacetValue> Children);

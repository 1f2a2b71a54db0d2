namespace SearchEngine.Server.Search;

/// <summary>A facet value and the number of matching articles that have it.</summary>
/// <param name="Value">The value: a person, an organization, a language, a month (<c>YYYY-MM</c>).</param>
/// <param name="Count">The number of articles.</param>
internal sealed record FacetValue(string Value, int Count);

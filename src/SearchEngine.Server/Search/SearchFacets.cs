namespace SearchEngine.Server.Search;

/// <summary>The facets of a search, each counted drill-sideways (every filter applied but the dimension's own).</summary>
/// <param name="Date">Years, newest first, each with its months.</param>
/// <param name="Person">The most frequent persons, then any selected person not among them.</param>
/// <param name="Organization">The most frequent organizations, then any selected one not among them.</param>
/// <param name="Lang">The languages.</param>
internal sealed record SearchFacets(
    IReadOnlyList<DateFacetValue> Date,
    IReadOnlyList<FacetValue> Person,
    IReadOnlyList<FacetValue> Organization,
    IReadOnlyList<FacetValue> Lang);

namespace SearchEngine.News.Facets;

/// <summary>One year of a date facet with the months counted under it.</summary>
/// <param name="Label">The year (<c>YYYY</c>).</param>
/// <param name="Count">The number of counted documents dated in the year, whatever their precision.</param>
/// <param name="Children">The year's months (<c>YYYY-MM</c>) with their counts, oldest first; year-only dates count in none.</param>
public sealed record DateFacetNode(string Label, int Count, IReadOnlyList<LabelAndCount> Children);

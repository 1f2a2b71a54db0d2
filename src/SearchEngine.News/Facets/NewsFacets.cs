using SearchEngine.News.Indexing;

namespace SearchEngine.News.Facets;

/// <summary>
/// The facets a news search can count, by the names users give them (<c>date</c>, <c>person</c>,
/// <c>organization</c>, <c>lang</c>), and the sorted-set fields behind them.
/// </summary>
/// <remarks>
/// <c>date</c> is the year -> month hierarchy: it counts the flat fields <c>year</c> (<c>YYYY</c>) and
/// <c>month</c> (<c>YYYY-MM</c>), which <see cref="Search.NewsFacetedResponse.Dates"/> turns into years with their
/// months. <c>year</c> and <c>month</c> may also be asked for on their own.
/// </remarks>
public static class NewsFacets
{
    /// <summary>The date facet: years with their months.</summary>
    public const string Date = "date";

    /// <summary>Gets the facet names a user may ask for, in display order.</summary>
    public static IReadOnlyList<string> Names { get; } = [Date, NewsFields.Person, NewsFields.Organization, NewsFields.Language];

    /// <summary>Gets the facets whose values <c>NewsIndex.FindFacetValues</c> searches by prefix.</summary>
    public static IReadOnlyList<string> Searchable { get; } = [NewsFields.Person, NewsFields.Organization];

    /// <summary>
    /// Returns the facet fields to count for <paramref name="facets"/> (<c>date</c> expanded to <c>year</c> and
    /// <c>month</c>, repeats dropped, order kept); throws <see cref="ArgumentException"/> naming an unknown facet.
    /// </summary>
    /// <param name="facets">Facet names: <c>date</c>, <c>person</c>, <c>organization</c>, <c>lang</c>, <c>year</c> or <c>month</c>.</param>
    /// <returns>The sorted-set fields to count.</returns>
    public static IReadOnlyList<string> Fields(IEnumerable<string> facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        var fields = new List<string>();
        foreach (string facet in facets)
        {
            ArgumentNullException.ThrowIfNull(facet, nameof(facets));
            switch (facet)
            {
                case Date:
                    AddOnce(fields, NewsFields.Year);
                    AddOnce(fields, NewsFields.Month);
                    break;
                case NewsFields.Person or NewsFields.Organization or NewsFields.Language or NewsFields.Year or NewsFields.Month:
                    AddOnce(fields, facet);
                    break;
                default:
                    throw new ArgumentException($"Unknown facet '{facet}'; expected one of: {string.Join(", ", Names)}.", nameof(facets));
            }
        }

        return fields;
    }

    private static void AddOnce(List<string> fields, string field)
    {
        if (!fields.Contains(field))
        {
            fields.Add(field);
        }
    }
}

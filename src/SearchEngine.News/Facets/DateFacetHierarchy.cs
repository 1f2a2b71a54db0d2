namespace SearchEngine.News.Facets;

/// <summary>
/// Builds the year -> month view of a date facet from the flat <c>year</c> (<c>YYYY</c>) and <c>month</c>
/// (<c>YYYY-MM</c>) facet fields, as the search page's date sidebar shows it.
/// </summary>
/// <remarks>
/// <para>No hierarchical field is needed: every dated article has a year value, and a month value when its date
/// has a month, so a year's count is the <c>year</c> count (year-only, month-only and full dates alike) and its
/// children are the <c>month</c> values starting with that year. A year-only date therefore counts at year level
/// only, and a month-only date counts at month level like a full date.</para>
/// <para>Give both counts from the same documents (the same drill-down or the same sideways counts: one date
/// dimension drives both fields). A month whose year has no count, which such counts never produce, still
/// appears, under a year of count 0, rather than being lost.</para>
/// </remarks>
public static class DateFacetHierarchy
{
    /// <summary>
    /// Returns every counted year with its months, in chronological order (<paramref name="newestFirst"/> reverses
    /// years and months alike).
    /// </summary>
    /// <param name="years">The counts of the year field.</param>
    /// <param name="months">The counts of the month field.</param>
    /// <param name="newestFirst">True for the latest year and month first.</param>
    /// <returns>The years with their months.</returns>
    public static IReadOnlyList<DateFacetNode> Build(FacetCounts years, FacetCounts months, bool newestFirst = false)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(months);
        var monthsOfYear = new SortedDictionary<string, List<LabelAndCount>>(Comparer<string>.Create(FacetCounts.CompareLabels));
        foreach (LabelAndCount year in years.GetAll())
        {
            monthsOfYear[year.Label] = [];
        }

        foreach (LabelAndCount month in months.GetAll())
        {
            int dash = month.Label.IndexOf('-', StringComparison.Ordinal);
            string year = dash < 0 ? month.Label : month.Label[..dash];
            if (!monthsOfYear.TryGetValue(year, out List<LabelAndCount>? list))
            {
                monthsOfYear[year] = list = [];
            }

            list.Add(month);
        }

        // Fixed-width labels (YYYY, YYYY-MM) sort chronologically by code point.
        int sign = newestFirst ? -1 : 1;
        var nodes = new List<DateFacetNode>(monthsOfYear.Count);
        foreach ((string year, List<LabelAndCount> children) in monthsOfYear)
        {
            children.Sort((a, b) => sign * FacetCounts.CompareLabels(a.Label, b.Label));
            nodes.Add(new DateFacetNode(year, years.GetCount(year), children));
        }

        if (newestFirst)
        {
            nodes.Reverse();
        }

        return nodes;
    }
}

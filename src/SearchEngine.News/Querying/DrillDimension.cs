namespace SearchEngine.News.Querying;

/// <summary>
/// One filtered dimension of a faceted search: its filter, and the facet fields whose sideways counts leave that
/// filter out (the date filter drives both <c>year</c> and <c>month</c>).
/// </summary>
/// <param name="Name">The dimension's name (<c>person</c>, <c>date</c>, ...).</param>
/// <param name="Filter">The filter the dimension applies.</param>
/// <param name="FacetFields">The facet fields counted without this filter.</param>
internal sealed record DrillDimension(string Name, Query Filter, IReadOnlyList<string> FacetFields)
{
    /// <summary>Returns the dimension of a facet field filtered to any of <paramref name="values"/> (values of one dimension are alternatives).</summary>
    public static DrillDimension AnyOf(string field, params IReadOnlyList<string> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A dimension filters to at least one value.", nameof(values));
        }

        var anyOf = new BooleanQueryBuilder();
        foreach (string value in values)
        {
            anyOf.Add(new TermQuery(field, value), Occur.Should);
        }

        return new DrillDimension(field, anyOf.Build(), [field]);
    }
}

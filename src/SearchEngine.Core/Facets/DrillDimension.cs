using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>
/// One filtered dimension of a faceted search: a filter every drill-down hit must pass (values of one dimension
/// are alternatives, dimensions are all required) and the facet fields whose counts it drives sideways.
/// </summary>
/// <remarks>
/// The filter is an ordinary query, so the drill-down query is the base query with the filters as
/// <see cref="Occur.Filter"/> clauses, as the news searcher builds it. The facet fields are what a user widens by
/// removing this filter: a person filter drives the <c>person</c> facet; a date range drives both <c>year</c>
/// and <c>month</c>.
/// </remarks>
internal sealed class DrillDimension
{
    /// <summary>Initializes a dimension named <paramref name="name"/> filtering by <paramref name="filter"/> and driving <paramref name="facetFields"/>.</summary>
    /// <param name="name">The dimension's name (unique within one search), e.g. <c>person</c> or <c>date</c>.</param>
    /// <param name="filter">The documents that pass the dimension's filter.</param>
    /// <param name="facetFields">The sorted-set facet fields counted with this filter removed.</param>
    public DrillDimension(string name, Query filter, params IReadOnlyList<string> facetFields)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(facetFields);
        foreach (string field in facetFields)
        {
            ArgumentException.ThrowIfNullOrEmpty(field, nameof(facetFields));
        }

        Name = name;
        Filter = filter;
        FacetFields = [.. facetFields];
    }

    /// <summary>Gets the dimension's name.</summary>
    public string Name { get; }

    /// <summary>Gets the filter a document must pass.</summary>
    public Query Filter { get; }

    /// <summary>Gets the facet fields this dimension drives.</summary>
    public IReadOnlyList<string> FacetFields { get; }

    /// <summary>
    /// Returns the dimension of a keyword field that keeps documents with any of <paramref name="values"/> (exact
    /// terms, e.g. persons) and drives the facet of the same name: the field must be indexed both as keyword
    /// terms and as sorted-set doc values, as the news index does.
    /// </summary>
    public static DrillDimension AnyOf(string field, params IEnumerable<string> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(values);
        var anyOf = new BooleanQueryBuilder();
        foreach (string value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            anyOf.Add(new TermQuery(field, value), Occur.Should);
        }

        if (anyOf.Count == 0)
        {
            throw new ArgumentException("A dimension filter needs at least one value.", nameof(values));
        }

        return new DrillDimension(field, anyOf.Build(), field);
    }

    /// <summary>
    /// Returns the dimension named <paramref name="name"/> that keeps documents whose numeric doc value of
    /// <paramref name="numericField"/> lies in [<paramref name="lower"/>, <paramref name="upper"/>] and drives
    /// <paramref name="facetFields"/>, e.g. <c>Range("date", "date", 20220101, 20221231, "year", "month")</c>.
    /// </summary>
    public static DrillDimension Range(string name, string numericField, long lower, long upper, params IReadOnlyList<string> facetFields) =>
        new(name, new NumericRangeQuery(numericField, lower, upper), facetFields);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Filter} -> {string.Join(", ", FacetFields)}";
}

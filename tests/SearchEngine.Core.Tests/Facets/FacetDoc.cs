namespace SearchEngine.Core.Tests.Facets;

/// <summary>The model of one document of a facet test index, for brute-force expectations.</summary>
/// <param name="Id">The stored id.</param>
/// <param name="Words">The body words (space-separated in the index).</param>
/// <param name="Persons">The person values, repeats allowed.</param>
/// <param name="Organizations">The organization values, repeats allowed.</param>
/// <param name="Year">The year, or null for an undated document.</param>
/// <param name="Month">The month (1-12) of a month or day date.</param>
/// <param name="Day">The day of a day date.</param>
internal sealed record FacetDoc(string Id, string[] Words, string[] Persons, string[] Organizations, int? Year, int? Month, int? Day)
{
    /// <summary>Gets the yyyymmdd key of the date field, as the news index computes it, or null.</summary>
    public long? DateKey => Year is int year ? (year * 10_000L) + ((Month ?? 1) * 100L) + (Day ?? 1) : null;

    /// <summary>Gets the distinct values the document has in a facet field ("person", "organization", "year", "month").</summary>
    public IEnumerable<string> Values(string field) => field switch
    {
        "person" => Persons.Distinct(StringComparer.Ordinal),
        "organization" => Organizations.Distinct(StringComparer.Ordinal),
        "year" => Year is int y ? [y.ToString("D4")] : [],
        "month" => Year is int y && Month is int m ? [$"{y:D4}-{m:D2}"] : [],
        _ => [],
    };
}

using System.Globalization;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// The facet counts <c>searchctl search --facets</c> prints after the hits: drill-sideways counts (a filtered
/// dimension counted without its own filter, the others under every filter), as text blocks or as the
/// <c>facets</c> member of the JSON object, in the shape of the HTTP API (PRODUCT.md section 7).
/// </summary>
internal static class SearchFacetOutput
{
    /// <summary>The most values listed per person, organization and language facet.</summary>
    public const int TopValues = 10;

    /// <summary>Collects the facets named in <paramref name="names"/>, in that order, from <paramref name="faceted"/>.</summary>
    public static IReadOnlyList<Facet> Collect(NewsSearchRequest request, IReadOnlyList<string> names, NewsFacetedResponse faceted)
    {
        var facets = new List<Facet>(names.Count);
        foreach (string name in names)
        {
            if (name == NewsFacets.Date)
            {
                // Every year, newest first, each with every month counted under it.
                List<FacetValue> years = [.. faceted.Dates(sideways: true, newestFirst: true)
                    .Select(year => new FacetValue(year.Label, year.Count, [.. year.Children.Select(m => new FacetValue(m.Label, m.Count, []))]))];
                facets.Add(new Facet(name, request.Date is not null, years));
                continue;
            }

            bool filtered = name switch
            {
                NewsFields.Person => request.Persons.Count > 0,
                NewsFields.Organization => request.Organizations.Count > 0,
                NewsFields.Language => request.Language is not null,
                _ => false,
            };
            IReadOnlyList<LabelAndCount> top = faceted.Counts(name, sideways: true)?.GetTop(TopValues) ?? [];
            facets.Add(new Facet(name, filtered, [.. top.Select(v => new FacetValue(v.Label, v.Count, []))]));
        }

        return facets;
    }

    /// <summary>
    /// Returns the JSON form: <c>{"date": [{"value", "count", "children": [{"value", "count"}]}], "person": [{"value",
    /// "count"}], ...}</c>.
    /// </summary>
    public static Dictionary<string, object> ToJson(IReadOnlyList<Facet> facets)
    {
        var json = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (Facet facet in facets)
        {
            json[facet.Name] = facet.Values.Select(v => ToJson(v, facet.Name == NewsFacets.Date)).ToList();
        }

        return json;
    }

    /// <summary>Writes each facet as a block: a heading, then one value a line (months indented under their year).</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<Facet> facets)
    {
        foreach (Facet facet in facets)
        {
            output.WriteLine();
            output.WriteLine(facet.Filtered ? $"{facet.Name} (counted without its own filter):" : $"{facet.Name}:");
            if (facet.Values.Count == 0)
            {
                output.WriteLine("  (none)");
                continue;
            }

            int width = facet.Values.Max(v => v.Label.Length);
            foreach (FacetValue value in facet.Values)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Label.PadRight(width)}  {value.Count}"));
                foreach (FacetValue child in value.Children)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {child.Label}  {child.Count}"));
                }
            }
        }
    }

    private static Dictionary<string, object> ToJson(FacetValue value, bool withChildren)
    {
        var json = new Dictionary<string, object> { ["value"] = value.Label, ["count"] = value.Count };
        if (withChildren)
        {
            json["children"] = value.Children.Select(c => ToJson(c, withChildren: false)).ToList();
        }

        return json;
    }

    /// <summary>One facet to print.</summary>
    /// <param name="Name">The facet's name (<c>date</c>, <c>person</c>, <c>organization</c>, <c>lang</c>).</param>
    /// <param name="Filtered">Whether the search filters this dimension, so its counts ignore that filter.</param>
    /// <param name="Values">The values, each with its count (and, for a year, its months).</param>
    internal sealed record Facet(string Name, bool Filtered, IReadOnlyList<FacetValue> Values);

    /// <summary>One facet value.</summary>
    /// <param name="Label">The value.</param>
    /// <param name="Count">The number of articles counted under it.</param>
    /// <param name="Children">For a year, its months; otherwise empty.</param>
    internal sealed record FacetValue(string Label, int Count, IReadOnlyList<FacetValue> Children);
}

using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Search;

/// <summary>
/// Facet value search for persons and organizations that also finds a value through its aliases: <c>poe</c>
/// lists <c>Vladimir Putin</c> (written <c>Vladimir Poetin</c> in a Dutch article), <c>kollektive</c> lists
/// <c>CSTO</c>.
/// </summary>
/// <remarks>
/// The canonical values are searched as <see cref="FacetValueSearch"/> does. Aliases live in a second sorted-set
/// field (<see cref="NewsFields.AliasOf"/>) whose labels are <c>alias</c>, the separator U+001F, then the
/// canonical value; the aliases matching the prefix name canonical values, whose exact article counts are then
/// read from the facet field itself, all in one pass. Results come by count descending, then label, as facet lists do.
/// </remarks>
public static class NewsFacetValues
{
    /// <summary>Separates an alias from its canonical value in the alias field's labels.</summary>
    public const char AliasSeparator = '\u001F';

    /// <summary>Returns up to <paramref name="limit"/> values of <paramref name="facet"/> matching <paramref name="prefix"/> directly or through an alias, with their article counts.</summary>
    /// <param name="searcher">The searcher whose reader is searched.</param>
    /// <param name="facet"><c>person</c> or <c>organization</c>.</param>
    /// <param name="prefix">What the user typed; case and diacritics are ignored.</param>
    /// <param name="limit">The most values to return.</param>
    public static IReadOnlyList<LabelAndCount> Find(IndexSearcher searcher, string facet, string prefix, int limit)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(prefix);
        IReadOnlyList<LabelAndCount> direct = FacetValueSearch.Find(searcher, facet, prefix, limit);
        if (prefix.Trim().Length == 0)
        {
            return direct;
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (LabelAndCount value in direct)
        {
            found[value.Label] = value.Count;
        }

        // Only the alias part of a label may match: its canonical part is what the direct search covered.
        string folded = FacetFolding.Fold(prefix.Trim());
        var throughAliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (LabelAndCount alias in FacetValueSearch.Find(searcher, NewsFields.AliasOf(facet), prefix, int.MaxValue))
        {
            int separator = alias.Label.IndexOf(AliasSeparator, StringComparison.Ordinal);
            if (separator > 0 && WordStartsWith(FacetFolding.Fold(alias.Label[..separator]), folded)
                && !found.ContainsKey(alias.Label[(separator + 1)..]))
            {
                throughAliases.Add(alias.Label[(separator + 1)..]);
            }
        }

        // The canonical values' own counts, all in one pass (an alias's count is only its articles').
        if (throughAliases.Count > 0)
        {
            foreach (LabelAndCount value in FacetValueSearch.Count(searcher, facet, throughAliases))
            {
                found[value.Label] = value.Count;
            }
        }

        var values = new List<LabelAndCount>(found.Count);
        foreach ((string label, int count) in found)
        {
            values.Add(new LabelAndCount(label, count));
        }

        values.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Label, b.Label));
        return values.Count > limit ? values.GetRange(0, limit) : values;
    }

    private static bool WordStartsWith(string folded, string prefix)
    {
        int start = 0;
        while (true)
        {
            if (string.CompareOrdinal(folded, start, prefix, 0, prefix.Length) == 0)
            {
                return true;
            }

            int next = folded.IndexOfAny([' ', '-'], start);
            if (next < 0)
            {
                return false;
            }

            start = next + 1;
        }
    }
}

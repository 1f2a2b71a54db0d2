using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Faceted search with drill-down and drill-sideways counts in one pass over the base query's matches, as
/// Lucene's <c>DrillSideways</c>: a dimension's sideways counts apply every filter except its own, so a user sees
/// what widening that selection would add.
/// </summary>
/// <remarks>
/// <para>Instead of one extra search per filtered dimension, each live match of the base query is checked against
/// every dimension filter (leapfrogging the filters' scorers, see <see cref="DrillSidewaysScorer"/>). A document
/// passing all filters is a hit and counts toward every facet; one failing exactly dimension <c>d</c> counts only
/// toward <c>d</c>'s facets sideways; one failing two or more counts nowhere. A dimension's sideways counts are
/// then its near misses plus the drill-down counts.</para>
/// <para>The cost is that of visiting every base match once, however selective the filters. Thread-safe: each
/// call has its own state.</para>
/// </remarks>
internal static class DrillSideways
{
    /// <summary>
    /// Counts <paramref name="facetFields"/> for the documents matching <paramref name="baseQuery"/> and the filters
    /// of <paramref name="dimensions"/>, drill-down and sideways, and ranks the first <paramref name="topN"/> hits.
    /// </summary>
    /// <param name="searcher">The searcher.</param>
    /// <param name="baseQuery">The user's query without the dimension filters.</param>
    /// <param name="dimensions">The filters: all must pass (names unique, each facet field driven by at most one).</param>
    /// <param name="facetFields">The sorted-set doc values fields to count (repeats are ignored).</param>
    /// <param name="topN">How many drill-down hits to return; 0 counts only and skips scoring.</param>
    /// <param name="sort">An optional numeric doc values order for the hits instead of relevance.</param>
    /// <param name="order">An order with a key that breaks every tie, instead of <paramref name="sort"/>.</param>
    /// <param name="after">With <paramref name="order"/>, the position the hits start after (the counts and the total are those of every match).</param>
    /// <returns>The hits, with the exact drill-down total, and both kinds of counts per facet field.</returns>
    public static DrillSidewaysResult Compute(
        IndexSearcher searcher,
        Query baseQuery,
        IReadOnlyList<DrillDimension> dimensions,
        IReadOnlyList<string> facetFields,
        int topN = 0,
        SortByNumericField? sort = null,
        HitOrder? order = null,
        HitPosition? after = null)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(baseQuery);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(facetFields);
        ArgumentOutOfRangeException.ThrowIfNegative(topN);
        Dictionary<string, int> driver = DriverOfFields(dimensions);
        var drillDown = new Dictionary<string, FacetFieldCounter>(StringComparer.Ordinal);
        var nearMissLists = new List<FacetFieldCounter>[dimensions.Count];
        for (int i = 0; i < nearMissLists.Length; i++)
        {
            nearMissLists[i] = [];
        }

        var nearMiss = new Dictionary<string, FacetFieldCounter>(StringComparer.Ordinal);
        foreach (string field in facetFields)
        {
            ArgumentException.ThrowIfNullOrEmpty(field, nameof(facetFields));
            if (drillDown.TryAdd(field, new FacetFieldCounter(field)) && driver.TryGetValue(field, out int dimension))
            {
                nearMiss[field] = new FacetFieldCounter(field);
                nearMissLists[dimension].Add(nearMiss[field]);
            }
        }

        FacetFieldCounter[] allCounters = [.. drillDown.Values, .. nearMiss.Values];
        FacetFieldCounter[] drillDownCounters = [.. drillDown.Values];
        FacetFieldCounter[][] nearMissCounters = [.. nearMissLists.Select(static list => list.ToArray())];
        Weight baseWeight = searcher.CreateWeight(baseQuery, topN > 0 ? ScoreMode.Complete : ScoreMode.CompleteNoScores);
        Weight[] filterWeights = [.. dimensions.Select(d => searcher.CreateWeight(d.Filter, ScoreMode.CompleteNoScores))];
        TopOrderedCollector? byOrder = topN > 0 && order is not null ? new TopOrderedCollector(topN, order, after) : null;
        TopScoreCollector? byScore = topN > 0 && order is null && sort is null ? new TopScoreCollector(topN) : null;
        TopNumericFieldCollector? bySort = topN > 0 && order is null && sort is not null ? new TopNumericFieldCollector(topN, sort) : null;
        long hits = 0;
        CancellationToken token = searcher.Budget.CancellationToken;
        foreach (LeafContext leaf in searcher.Leaves)
        {
            token.ThrowIfCancellationRequested();
            if (baseWeight.GetScorer(leaf) is not { } baseScorer)
            {
                continue;
            }

            var filters = new Scorer?[filterWeights.Length];
            int empty = 0;
            for (int i = 0; i < filters.Length; i++)
            {
                filters[i] = filterWeights[i].GetScorer(leaf);
                empty += filters[i] is null ? 1 : 0;
            }

            // Every document of the segment fails two filters: it counts nowhere.
            if (empty >= 2)
            {
                continue;
            }

            foreach (FacetFieldCounter counter in allCounters)
            {
                counter.BeginSegment(leaf.Reader);
            }

            var scorer = new DrillSidewaysScorer(baseScorer, leaf.Reader, filters, drillDownCounters, nearMissCounters, token);
            if (byOrder is not null)
            {
                byOrder.CollectSegment(leaf, scorer, token);
            }
            else if (byScore is not null)
            {
                byScore.CollectSegment(leaf, scorer, prune: false, token);
            }
            else if (bySort is not null)
            {
                bySort.CollectSegment(leaf, scorer, token);
            }
            else
            {
                scorer.Drain();
            }

            scorer.Flush();
            hits += scorer.Hits;
            foreach (FacetFieldCounter counter in allCounters)
            {
                counter.EndSegment();
            }
        }

        var downCounts = new Dictionary<string, SortedSetFacetCounts>(StringComparer.Ordinal);
        var sidewaysCounts = new Dictionary<string, SortedSetFacetCounts>(StringComparer.Ordinal);
        foreach ((string field, FacetFieldCounter counter) in drillDown)
        {
            SortedSetFacetCounts down = counter.ToCounts();
            downCounts[field] = down;
            sidewaysCounts[field] = nearMiss.TryGetValue(field, out FacetFieldCounter? miss) ? SortedSetFacetCounts.Add(down, miss.ToCounts()) : down;
        }

        IReadOnlyList<ScoreDoc> top = byOrder?.Results() ?? byScore?.Results() ?? bySort?.Results() ?? (IReadOnlyList<ScoreDoc>)[];
        return new DrillSidewaysResult(new TopDocs(hits, top), downCounts, sidewaysCounts);
    }

    /// <summary>
    /// Returns the drill-down query: <paramref name="baseQuery"/> as a Must clause and each dimension's filter as a
    /// Filter clause (the base query alone when there are no dimensions); it matches the drill-down hits of
    /// <see cref="Compute"/> with the same scores.
    /// </summary>
    public static Query DrillDownQuery(Query baseQuery, IReadOnlyList<DrillDimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(baseQuery);
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count == 0)
        {
            return baseQuery;
        }

        var builder = new BooleanQueryBuilder().Add(baseQuery, Occur.Must);
        foreach (DrillDimension dimension in dimensions)
        {
            builder.Add(dimension.Filter, Occur.Filter);
        }

        return builder.Build();
    }

    /// <summary>Maps each facet field to the index of the dimension driving it, rejecting repeated names and shared fields.</summary>
    private static Dictionary<string, int> DriverOfFields(IReadOnlyList<DrillDimension> dimensions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var driver = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < dimensions.Count; i++)
        {
            DrillDimension dimension = dimensions[i] ?? throw new ArgumentException("A dimension is null.", nameof(dimensions));
            if (!names.Add(dimension.Name))
            {
                throw new ArgumentException($"Dimension '{dimension.Name}' is given twice; put its values in one dimension.", nameof(dimensions));
            }

            foreach (string field in dimension.FacetFields)
            {
                if (!driver.TryAdd(field, i))
                {
                    throw new ArgumentException($"Facet field '{field}' is driven by both '{dimensions[driver[field]].Name}' and '{dimension.Name}'.", nameof(dimensions));
                }
            }
        }

        return driver;
    }
}

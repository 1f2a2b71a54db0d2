using SearchEngine.News.Facets;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Engines;

/// <summary>
/// One commit opened for searching: a point-in-time view that later commits do not change. Thread-safe; every
/// document number it returns is valid only in it. Dispose it when no search uses it any more (the facade's
/// snapshot manager does that).
/// </summary>
internal interface IEngineSnapshot : IDisposable
{
    /// <summary>Gets the generation of the commit shown.</summary>
    long Generation { get; }

    /// <summary>Gets the number of live documents.</summary>
    int NumDocs { get; }

    /// <summary>Gets one more than the largest document number (deleted documents included).</summary>
    int MaxDoc { get; }

    /// <summary>Gets the number of segments.</summary>
    int SegmentCount { get; }

    /// <summary>Gets the total size of the commit's files.</summary>
    long Bytes { get; }

    /// <summary>Gets the key/value pairs the committer recorded with the commit (<see cref="IEngineIndex.Commit"/>); empty when none.</summary>
    IReadOnlyDictionary<string, string> UserData { get; }

    /// <summary>Opens the folder's latest commit when it is newer than this one (sharing unchanged segments); null when it is not. This snapshot stays open.</summary>
    IEngineSnapshot? OpenIfChanged();

    /// <summary>
    /// Returns the <paramref name="n"/> first hits of <paramref name="query"/> in <paramref name="order"/>, after
    /// <paramref name="after"/> when given, with the total of every match; without an order, the best by score with
    /// ties by document number (an order of this snapshot only).
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="n">The number of hits wanted, at least 1.</param>
    /// <param name="order">The order (value, score, key), or null for relevance with ties by document number.</param>
    /// <param name="after">With an order, the position of the previous page's last hit: only hits ranking after it are returned.</param>
    /// <param name="exactTotal">False lets the engine stop counting once the top hits are certain (the total is then a lower bound); ignored with an order.</param>
    /// <param name="budget">What the search may spend; see <see cref="EngineQueryBudget"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="after"/> is given without an order.</exception>
    /// <exception cref="TermExpansionLimitException">A prefix or range expanded past the budget.</exception>
    /// <exception cref="OperationCanceledException">The budget's token was cancelled.</exception>
    EngineTopDocs Search(Query query, int n, HitOrder? order = null, HitPosition? after = null, bool exactTotal = true, EngineQueryBudget budget = default);

    /// <summary>
    /// Returns the <paramref name="n"/> first hits of <paramref name="baseQuery"/> under every dimension's filter in
    /// <paramref name="order"/> (after <paramref name="after"/> when given; relevance with ties by document number
    /// without an order), and counts <paramref name="facetFields"/> over every match drill-down (every filter) and
    /// drill-sideways (each field without the filter of the dimension that drives it), as Lucene's DrillSideways does,
    /// within <paramref name="budget"/> (see <see cref="Search"/> for what exceeding it throws).
    /// </summary>
    EngineFacetedTopDocs SearchWithFacets(Query baseQuery, IReadOnlyList<DrillDimension> dimensions, IReadOnlyList<string> facetFields, int n, HitOrder? order = null, HitPosition? after = null, EngineQueryBudget budget = default);

    /// <summary>
    /// Counts, over every live document, the values of the facet field <paramref name="field"/> that
    /// <paramref name="accept"/> keeps (all when null); the predicate is asked once per distinct value.
    /// </summary>
    FacetCounts CountValues(string field, Func<string, bool>? accept = null);

    /// <summary>Adds the values of the facet or value field <paramref name="field"/> of <paramref name="doc"/> to <paramref name="values"/>, in label order.</summary>
    void LoadValues(int doc, string field, List<string> values);

    /// <summary>Returns the stored values of <paramref name="doc"/> whose field is in <paramref name="fields"/>, in the order they were stored.</summary>
    IReadOnlyList<KeyValuePair<string, string>> LoadStored(int doc, IReadOnlySet<string> fields);

    /// <summary>Returns the number of documents that have a term in <paramref name="field"/> (0 for an unknown field): BM25's N.</summary>
    long DocCount(string field);

    /// <summary>Returns the number of live and deleted documents that have <paramref name="term"/> in <paramref name="field"/>: BM25's docFreq.</summary>
    long DocFreq(string field, string term);
}

using SearchEngine.Core.Facets;
using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using Q = SearchEngine.News.Querying;

namespace SearchEngine.Engines.Native;

/// <summary>One native commit opened for searching: a reader, its searcher, and the reads the facade asks of hits.</summary>
internal sealed class NativeSnapshot : IEngineSnapshot
{
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private long bytes = -1;

    public NativeSnapshot(DirectoryReader reader)
    {
        this.reader = reader;
        searcher = new IndexSearcher(reader);
    }

    public long Generation => reader.Generation;

    public int NumDocs => reader.NumDocs;

    public int MaxDoc => reader.MaxDoc;

    public int SegmentCount => reader.Segments.Count;

    public IReadOnlyDictionary<string, string> UserData => reader.Commit.UserData;

    public long Bytes
    {
        get
        {
            if (bytes < 0)
            {
                long total = 0;
                foreach (string file in reader.Commit.Files())
                {
                    total += reader.Directory.FileLength(file);
                }

                bytes = total;
            }

            return bytes;
        }
    }

    public IEngineSnapshot? OpenIfChanged() => DirectoryReader.OpenIfChanged(reader) is DirectoryReader newer ? new NativeSnapshot(newer) : null;

    public EngineTopDocs Search(Q.Query query, int n, Q.HitOrder? order = null, Q.HitPosition? after = null, bool exactTotal = true, EngineQueryBudget budget = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckAfter(order, after);
        Query translated = NativeQueries.Translate(query);
        IndexSearcher limited = Limited(budget);
        try
        {
            TopDocs top = order is null
                ? limited.Search(translated, n, exactTotal)
                : limited.Search(translated, n, ToOrder(order), ToPosition(after));
            return ToTopDocs(top);
        }
        catch (Core.Search.TermExpansionLimitException e)
        {
            throw Expansion(e);
        }
    }

    public EngineFacetedTopDocs SearchWithFacets(Q.Query baseQuery, IReadOnlyList<Q.DrillDimension> dimensions, IReadOnlyList<string> facetFields, int n, Q.HitOrder? order = null, Q.HitPosition? after = null, EngineQueryBudget budget = default)
    {
        ArgumentNullException.ThrowIfNull(baseQuery);
        ArgumentNullException.ThrowIfNull(dimensions);
        CheckAfter(order, after);
        var native = new List<DrillDimension>(dimensions.Count);
        foreach (Q.DrillDimension dimension in dimensions)
        {
            native.Add(new DrillDimension(dimension.Name, NativeQueries.Translate(dimension.Filter), [.. dimension.FacetFields]));
        }

        DrillSidewaysResult result;
        try
        {
            result = DrillSideways.Compute(Limited(budget), NativeQueries.Translate(baseQuery), native, facetFields, n, order: order is null ? null : ToOrder(order), after: ToPosition(after));
        }
        catch (Core.Search.TermExpansionLimitException e)
        {
            throw Expansion(e);
        }

        return new EngineFacetedTopDocs(ToTopDocs(result.TopDocs), ToCounts(result.DrillDown), ToCounts(result.Sideways));
    }

    public FacetCounts CountValues(string field, Func<string, bool>? accept = null) => ToCounts(FacetValueSearch.Count(searcher, field, accept));

    public void LoadValues(int doc, string field, List<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int index = reader.SegmentOf(doc);
        if (reader.Segments[index].GetSortedSetDocValues(field) is not SortedSetDocValues docValues)
        {
            return;
        }

        int local = doc - reader.DocBase(index);
        Span<int> ordinals = stackalloc int[16];
        int count = docValues.GetOrdinals(local, ordinals);
        if (count > ordinals.Length)
        {
            ordinals = new int[count];
            docValues.GetOrdinals(local, ordinals);
        }

        for (int i = 0; i < count; i++)
        {
            values.Add(docValues.LookupOrdinal(ordinals[i]));
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> LoadStored(int doc, IReadOnlySet<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        int index = reader.SegmentOf(doc);
        var visitor = new StoredValuesVisitor(fields);
        reader.Segments[index].Document(doc - reader.DocBase(index), visitor);
        return visitor.Values;
    }

    public long DocCount(string field) => searcher.CollectionStatistics(field)?.DocCount ?? 0;

    public long DocFreq(string field, string term) => searcher.TermStatistics(field, term).DocFreq;

    public void Dispose() => reader.Dispose();

    private static void CheckAfter(Q.HitOrder? order, Q.HitPosition? after)
    {
        if (after is not null && order is null)
        {
            throw new ArgumentException("A search after a position needs the order the position was taken in.", nameof(after));
        }
    }

    private static HitOrder ToOrder(Q.HitOrder order) =>
        new(order.KeyField, order.ByValue is { } byValue ? new SortByNumericField(byValue.Field, byValue.Descending) : null);

    private static HitPosition? ToPosition(Q.HitPosition? after) =>
        after is { } position ? new HitPosition(position.Value, position.Score, position.Key) : null;

    private static News.Engines.TermExpansionLimitException Expansion(Core.Search.TermExpansionLimitException e) =>
        new(e.Query?.Field ?? string.Empty, e.Query?.ToString() ?? string.Empty, e.Limit, e);

    private IndexSearcher Limited(EngineQueryBudget budget) =>
        budget == default ? searcher : searcher.WithBudget(new QueryBudget { MaxTermExpansions = budget.MaxTermExpansions, CancellationToken = budget.CancellationToken });

    private static EngineTopDocs ToTopDocs(TopDocs top)
    {
        var hits = new EngineScoreDoc[top.ScoreDocs.Count];
        for (int i = 0; i < hits.Length; i++)
        {
            hits[i] = new EngineScoreDoc(top.ScoreDocs[i].Doc, top.ScoreDocs[i].Score);
        }

        return new EngineTopDocs(top.TotalHits, top.TotalHitsRelation == TotalHitsRelation.EqualTo, hits);
    }

    private static FacetCounts ToCounts(SortedSetFacetCounts counts) => new(counts.Field, counts.Labels, counts.Counts);

    private static Dictionary<string, FacetCounts> ToCounts(IReadOnlyDictionary<string, SortedSetFacetCounts> counts)
    {
        var converted = new Dictionary<string, FacetCounts>(counts.Count, StringComparer.Ordinal);
        foreach ((string field, SortedSetFacetCounts perField) in counts)
        {
            converted[field] = ToCounts(perField);
        }

        return converted;
    }

    /// <summary>Collects the stored values of the requested fields, in stored order; the others are skipped undecoded.</summary>
    private sealed class StoredValuesVisitor(IReadOnlySet<string> fields) : StoredFieldVisitor
    {
        public List<KeyValuePair<string, string>> Values { get; } = [];

        public override StoredFieldStatus NeedsField(FieldInfo field) => fields.Contains(field.Name) ? StoredFieldStatus.Yes : StoredFieldStatus.No;

        public override void StringField(FieldInfo field, string value) => Values.Add(new(field.Name, value));
    }
}

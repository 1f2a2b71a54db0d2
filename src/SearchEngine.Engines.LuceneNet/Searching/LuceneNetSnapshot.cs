using System.Collections.Concurrent;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Engines.LuceneNet.Documents;
using SearchEngine.Engines.LuceneNet.Indexing;
using SearchEngine.Engines.LuceneNet.Queries;
using SearchEngine.Engines.LuceneNet.Scoring;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Querying;
using LuceneMatchAllDocsQuery = Lucene.Net.Search.MatchAllDocsQuery;
using Query = SearchEngine.News.Querying.Query;

namespace SearchEngine.Engines.LuceneNet.Searching;

/// <summary>
/// One commit opened for searching: a DirectoryReader and an IndexSearcher scoring with
/// <see cref="Lucene8Bm25Similarity"/>. Facet counting reads a sorted-set reader state built once, on first use.
/// </summary>
internal sealed class LuceneNetSnapshot : IEngineSnapshot
{
    /// <summary>The UTF-8 of "dim" U+001F per facet dimension: how its labels start in the facets' doc values.</summary>
    private static readonly ConcurrentDictionary<string, byte[]> DimensionPrefixes = new(StringComparer.Ordinal);

    private readonly DirectoryReader reader;
    private readonly SharedDirectory directory;
    private readonly SnapshotSearcher searcher;
    private readonly Lazy<SortedSetDocValuesReaderState?> facetState;
    private readonly Lazy<OrdinalCounts?> allCounts;
    private readonly Lazy<string[]?> facetLabels;
    private readonly ConcurrentDictionary<string, FacetCounts> valueCounts = new(StringComparer.Ordinal);
    private int disposed;

    private LuceneNetSnapshot(DirectoryReader reader, SharedDirectory directory, long bytes)
    {
        this.reader = reader;
        this.directory = directory;
        Bytes = bytes;
        Generation = reader.IndexCommit.Generation;
        searcher = new SnapshotSearcher(reader);
        facetState = new Lazy<SortedSetDocValuesReaderState?>(BuildFacetState, LazyThreadSafetyMode.ExecutionAndPublication);
        allCounts = new Lazy<OrdinalCounts?>(CountAll, LazyThreadSafetyMode.ExecutionAndPublication);
        facetLabels = new Lazy<string[]?>(() => facetState.Value is { } state ? OrdinalCounts.ReadLabels(state) : null, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc/>
    public long Generation { get; }

    /// <inheritdoc/>
    public int NumDocs => reader.NumDocs;

    /// <inheritdoc/>
    public int MaxDoc => reader.MaxDoc;

    /// <inheritdoc/>
    public int SegmentCount => reader.Leaves.Count;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> UserData => reader.IndexCommit.UserData.AsReadOnly();

    /// <inheritdoc/>
    public long Bytes { get; }

    /// <summary>
    /// Wraps <paramref name="reader"/>, which takes over one reference to <paramref name="directory"/>; disposes the
    /// reader when measuring its commit fails. The caller holds the directory's commit gate.
    /// </summary>
    public static LuceneNetSnapshot Open(DirectoryReader reader, SharedDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(directory);
        try
        {
            VerifyNewFiles(reader, directory);
            long bytes = CommitFiles.Bytes(reader.Directory, reader.IndexCommit.FileNames);
            return new LuceneNetSnapshot(reader, directory, bytes);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks the checksum of every file of the reader's commit that no snapshot of this process has checked yet, so
    /// a damaged file is an error naming it, never wrong results (Lucene 4.8 verifies checksums only on merges and in
    /// CheckIndex). The first snapshot reads the whole index once; a reopen reads only the new segments' files.
    /// </summary>
    private static void VerifyNewFiles(DirectoryReader reader, SharedDirectory directory)
    {
        var unverified = new List<(string File, long Length)>();
        foreach (string file in reader.IndexCommit.FileNames)
        {
            long length = reader.Directory.FileLength(file);
            if (!directory.VerifiedFiles.TryGetValue(file, out long verified) || verified != length)
            {
                unverified.Add((file, length));
            }
        }

        if (IndexVerifier.FindDamagedFile(reader.Directory, unverified.Select(f => f.File)) is var (damaged, problem))
        {
            throw new InvalidDataException($"The index in '{directory.Directory.Directory.FullName}' is damaged: {damaged}: {problem} Run 'searchctl verify' for a full check.");
        }

        foreach ((string file, long length) in unverified)
        {
            directory.VerifiedFiles[file] = length;
        }
    }

    /// <inheritdoc/>
    public IEngineSnapshot? OpenIfChanged()
    {
        ThrowIfDisposed();
        directory.Acquire();
        IEngineSnapshot? newer = null;
        try
        {
            lock (directory.CommitGate)
            {
                DirectoryReader? changed = DirectoryReader.OpenIfChanged(reader);
                newer = changed is null ? null : Open(changed, directory);
            }
        }
        finally
        {
            if (newer is null)
            {
                directory.Release();
            }
        }

        return newer;
    }

    /// <inheritdoc/>
    public EngineTopDocs Search(Query query, int n, HitOrder? order = null, HitPosition? after = null, bool exactTotal = true, EngineQueryBudget budget = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ThrowIfDisposed();
        CheckAfter(order, after);
        Lucene.Net.Search.Query translated = QueryTranslator.Translate(query, Rewrite(budget));
        int limit = Limit(n);

        // Lucene 4.8's collectors count every match: the total is always exact.
        TopDocs top = order is null
            ? searcher.TopByScore(translated, after: null, limit, budget.CancellationToken)
            : searcher.TopBySort(translated, ToSort(order), ToFieldDoc(order, after), limit, budget.CancellationToken);
        return ToEngine(top);
    }

    /// <inheritdoc/>
    public EngineFacetedTopDocs SearchWithFacets(Query baseQuery, IReadOnlyList<DrillDimension> dimensions, IReadOnlyList<string> facetFields, int n, HitOrder? order = null, HitPosition? after = null, EngineQueryBudget budget = default)
    {
        ArgumentNullException.ThrowIfNull(baseQuery);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(facetFields);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ThrowIfDisposed();
        CheckAfter(order, after);
        int[] drivers = Drivers(dimensions, facetFields);

        MultiTermQuery.RewriteMethod? rewrite = Rewrite(budget);
        var query = new DrillDownQuery(MultiValuedFacetsConfig.Instance, QueryTranslator.Translate(baseQuery, rewrite));
        foreach (DrillDimension dimension in dimensions)
        {
            query.Add(dimension.Name, QueryTranslator.Translate(dimension.Filter, rewrite));
        }

        // DrillSideways scores documents in order.
        int limit = Limit(n);
        Func<TopDocs> topDocs;
        ICollector hits;
        if (order is null)
        {
            var collector = TopScoreDocCollector.Create(limit, docsScoredInOrder: true);
            (hits, topDocs) = (collector, collector.GetTopDocs);
        }
        else
        {
            var collector = TopFieldCollector.Create(ToSort(order), limit, ToFieldDoc(order, after), fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            (hits, topDocs) = (collector, collector.GetTopDocs);
        }

        SortedSetDocValuesReaderState? state = facetState.Value;
        FacetsCollector? drillDownHits;
        IReadOnlyDictionary<string, FacetsCollector> sidewaysHits;
        if (dimensions.Count == 0)
        {
            // Nothing to count sideways: one plain pass feeds the hits and the facets, without DrillSideways's scorer.
            drillDownHits = new FacetsCollector();
            searcher.Search(query, BudgetedCollector.Wrap(MultiCollector.Wrap(hits, drillDownHits), budget.CancellationToken));
            sidewaysHits = new Dictionary<string, FacetsCollector>();
        }
        else
        {
            var sideways = new CollectingDrillSideways(searcher, state);
            sideways.Search(query, BudgetedCollector.Wrap(hits, budget.CancellationToken));
            drillDownHits = sideways.DrillDown;
            sidewaysHits = sideways.Sideways;
        }

        OrdinalCounts? drillDownCounts = state is null || drillDownHits is null ? null : OrdinalCounts.Count(state, facetLabels.Value!, drillDownHits);
        var sidewaysCounts = new OrdinalCounts?[dimensions.Count];
        var drillDown = new Dictionary<string, FacetCounts>(StringComparer.Ordinal);
        var aside = new Dictionary<string, FacetCounts>(StringComparer.Ordinal);
        for (int i = 0; i < facetFields.Count; i++)
        {
            string field = facetFields[i];
            FacetCounts counts = drillDownCounts?.For(field) ?? FacetCounts.Empty(field);
            drillDown[field] = counts;
            int driver = drivers[i];
            if (driver < 0 || state is null)
            {
                aside[field] = counts;
                continue;
            }

            FacetsCollector collector = sidewaysHits.GetValueOrDefault(dimensions[driver].Name)
                ?? throw new InvalidOperationException($"DrillSideways returned no sideways collector for the dimension '{dimensions[driver].Name}'.");
            sidewaysCounts[driver] ??= OrdinalCounts.Count(state, facetLabels.Value!, collector);
            aside[field] = sidewaysCounts[driver]!.For(field);
        }

        return new EngineFacetedTopDocs(ToEngine(topDocs()), drillDown, aside);
    }

    /// <inheritdoc/>
    public FacetCounts CountValues(string field, Func<string, bool>? accept = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ThrowIfDisposed();
        // Every label of the field, looked up once per snapshot: value search asks the predicate of each.
        FacetCounts all = valueCounts.GetOrAdd(field, static (name, counts) =>
        {
            IReadOnlyList<LabelAndCount> values = counts?.For(name).GetAll() ?? [];
            return new FacetCounts(name, [.. values.Select(v => v.Label)], [.. values.Select(v => v.Count)]);
        }, allCounts.Value);
        if (accept is null)
        {
            return all;
        }

        IReadOnlyList<LabelAndCount> values = all.GetAll();

        var keptLabels = new List<string>();
        var keptCounts = new List<int>();
        foreach (LabelAndCount value in values)
        {
            if (accept(value.Label))
            {
                keptLabels.Add(value.Label);
                keptCounts.Add(value.Count);
            }
        }

        return new FacetCounts(field, keptLabels, keptCounts);
    }

    /// <inheritdoc/>
    /// <remarks>A field with binary doc values (a Value field) is read from them; otherwise its facet labels are read.</remarks>
    public void LoadValues(int doc, string field, List<string> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(values);
        ThrowIfDisposed();
        CheckDoc(doc, nameof(doc));
        IList<AtomicReaderContext> leaves = reader.Leaves;
        AtomicReaderContext leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        AtomicReader segment = leaf.AtomicReader;
        int local = doc - leaf.DocBase;
        var bytes = new BytesRef();
        if (segment.FieldInfos.FieldInfo(field)?.DocValuesType == DocValuesType.BINARY)
        {
            if (segment.GetDocsWithField(field)?.Get(local) == true)
            {
                segment.GetBinaryDocValues(field).Get(local, bytes);
                values.Add(bytes.Utf8ToString());
            }

            return;
        }

        // The segment's own facet ordinals, in term order ("dim" U+001F "label"), so the dimension's labels come in
        // label order; no index-wide ordinal map is needed to read one document's values.
        if (segment.GetSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) is not SortedSetDocValues ordinals)
        {
            return;
        }

        byte[] prefix = DimensionPrefixes.GetOrAdd(field, static name => System.Text.Encoding.UTF8.GetBytes(name + '\u001F'));
        ordinals.SetDocument(local);
        for (long ord = ordinals.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = ordinals.NextOrd())
        {
            ordinals.LookupOrd(ord, bytes);
            ReadOnlySpan<byte> term = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            if (term.StartsWith(prefix))
            {
                // FacetsConfig escapes U+001E in a label (the facade's alias separator): its own decoder undoes that.
                values.Add(FacetsConfig.StringToPath(bytes.Utf8ToString())[1]);
            }
            else if (values.Count > 0)
            {
                // Past the dimension: its labels are contiguous in term order.
                break;
            }
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<KeyValuePair<string, string>> LoadStored(int doc, IReadOnlySet<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ThrowIfDisposed();
        CheckDoc(doc, nameof(doc));
        var visitor = new SelectedStoredFields(fields);
        reader.Document(doc, visitor);
        return visitor.Values;
    }

    /// <inheritdoc/>
    public long DocCount(string field)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ThrowIfDisposed();
        return Lucene8Bm25Similarity.DocCount(searcher.CollectionStatistics(field));
    }

    /// <inheritdoc/>
    public long DocFreq(string field, string term)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(term);
        ThrowIfDisposed();
        return reader.DocFreq(new Term(field, term));
    }

    /// <summary>Closes the reader and lets go of the directory.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        try
        {
            reader.Dispose();
        }
        finally
        {
            directory.Release();
        }
    }

    // Orders by the value (documents without it last in both directions), then score descending, then the key's UTF-8
    // bytes, compared by ordinals read from the key's terms (KeyComparer).
    private static Sort ToSort(HitOrder order)
    {
        ArgumentException.ThrowIfNullOrEmpty(order.KeyField, nameof(order));
        var byKey = new SortField(order.KeyField, KeyComparerSource.Instance);
        if (order.ByValue is not { } sort)
        {
            return new Sort(SortField.FIELD_SCORE, byKey);
        }

        ArgumentException.ThrowIfNullOrEmpty(sort.Field, nameof(order));
        var byValue = new SortField(sort.Field, SortFieldType.INT64, sort.Descending);
        byValue.SetMissingValue(Missing(sort));
        return new Sort(byValue, SortField.FIELD_SCORE, byKey);
    }

    // The sort values of a position, as the paging collector compares them; its document number is past every
    // document, so the position's own article (equal values) counts as shown.
    private static FieldDoc? ToFieldDoc(HitOrder order, HitPosition? after)
    {
        if (after is not { } position)
        {
            return null;
        }

        ArgumentNullException.ThrowIfNull(position.Key, nameof(after));
        // 4.8's comparators take their values boxed as J2N's numbers.
        var key = new BytesRef(position.Key);
        var score = J2N.Numerics.Single.GetInstance(position.Score);
        object[] fields = order.ByValue is { } sort
            ? [J2N.Numerics.Int64.GetInstance(position.Value ?? Missing(sort)), score, key]
            : [score, key];
        return new FieldDoc(int.MaxValue, position.Score, fields);
    }

    private static long Missing(SortByNumericField sort) => sort.Descending ? long.MinValue : long.MaxValue;

    private static void CheckAfter(HitOrder? order, HitPosition? after)
    {
        if (after is not null && order is null)
        {
            throw new ArgumentException("A search after a position needs the order the position was taken in.", nameof(after));
        }
    }

    private static EngineTopDocs ToEngine(TopDocs top)
    {
        var hits = new EngineScoreDoc[top.ScoreDocs.Length];
        for (int i = 0; i < hits.Length; i++)
        {
            hits[i] = new EngineScoreDoc(top.ScoreDocs[i].Doc, top.ScoreDocs[i].Score);
        }

        return new EngineTopDocs(top.TotalHits, TotalIsExact: true, hits);
    }

    // For each facet field, the index of the dimension that drives it, or -1.
    private static int[] Drivers(IReadOnlyList<DrillDimension> dimensions, IReadOnlyList<string> facetFields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var driven = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < dimensions.Count; i++)
        {
            DrillDimension dimension = dimensions[i] ?? throw new ArgumentException($"The dimension at index {i} is null.", nameof(dimensions));
            if (string.IsNullOrEmpty(dimension.Name) || dimension.Filter is null || dimension.FacetFields is null)
            {
                throw new ArgumentException($"The dimension at index {i} ('{dimension.Name}') lacks a name, a filter or its facet fields.", nameof(dimensions));
            }

            if (!names.Add(dimension.Name))
            {
                throw new ArgumentException($"The dimension '{dimension.Name}' is given twice; one dimension has one filter.", nameof(dimensions));
            }

            foreach (string field in dimension.FacetFields)
            {
                if (!driven.TryAdd(field, i))
                {
                    throw new ArgumentException(
                        $"The facet field '{field}' is driven by both the dimensions '{dimensions[driven[field]].Name}' and '{dimension.Name}'; a field's sideways counts leave out one dimension.",
                        nameof(dimensions));
                }
            }
        }

        int[] drivers = new int[facetFields.Count];
        for (int i = 0; i < drivers.Length; i++)
        {
            string field = facetFields[i];
            if (string.IsNullOrEmpty(field))
            {
                throw new ArgumentException($"The facet field at index {i} has no name.", nameof(facetFields));
            }

            drivers[i] = driven.TryGetValue(field, out int driver) ? driver : -1;
        }

        return drivers;
    }

    // The number of hits to collect: Lucene's collectors allocate their whole queue up front.
    private int Limit(int n) => Math.Max(1, Math.Min(n, reader.MaxDoc));

    private void CheckDoc(int doc, string parameterName)
    {
        if ((uint)doc >= (uint)reader.MaxDoc)
        {
            throw new ArgumentOutOfRangeException(parameterName, doc, $"The document number {doc} is not in this snapshot (0 to {reader.MaxDoc - 1}).");
        }
    }

    private static BudgetedRewrite? Rewrite(EngineQueryBudget budget) => budget == default ? null : new BudgetedRewrite(budget);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);

    private DefaultSortedSetDocValuesReaderState? BuildFacetState()
    {
        // The state needs the facets' doc values in at least one segment; an index without facets counts nothing.
        foreach (AtomicReaderContext leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) is not null)
            {
                return new DefaultSortedSetDocValuesReaderState(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            }
        }

        return null;
    }

    private OrdinalCounts? CountAll()
    {
        SortedSetDocValuesReaderState? state = facetState.Value;
        if (state is null)
        {
            return null;
        }

        var everything = new FacetsCollector();
        searcher.Search(new LuceneMatchAllDocsQuery(), everything);
        return OrdinalCounts.Count(state, facetLabels.Value!, everything);
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SearchEngine.Analysis;
using SearchEngine.News.Engines;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Highlighting;

/// <summary>
/// Highlights a document's stored text for a query: re-analyses the text with the field's analyzer, marks the
/// words that take part in a match of the query on that field, and picks the best passages around them.
/// </summary>
/// <remarks>
/// <para>Because the text is analysed as it was indexed, marks follow the index: a query for the stem
/// <c>tilbagetrækning</c> marks <c>Tilbagetrækningen</c>. Phrases mark only the occurrences that form the phrase
/// (exact or within the slop), terms under a NOT are never marked, a boolean clause that cannot match the text
/// takes its terms' marks back, and clauses on other fields mark nothing. When nothing is marked the text's
/// opening is returned, with <see cref="HighlightedText.Matched"/> false.</para>
/// <para>Thread-safe: one instance may serve every thread. Each query is compiled once per field and kept while
/// the query object lives.</para>
/// </remarks>
internal sealed class PassageHighlighter
{
    private static readonly Func<string, string, float> UnitWeight = static (_, _) => 1f;

    private readonly Analyzer analyzer;
    private readonly Func<string, string, float> termWeight;
    private readonly ConditionalWeakTable<Query, ConcurrentDictionary<string, HighlightPlan>> plans = [];

    /// <summary>Initializes a highlighter for fields analysed by <paramref name="analyzer"/>, weighing every term alike.</summary>
    public PassageHighlighter(Analyzer analyzer)
        : this(analyzer, UnitWeight)
    {
    }

    /// <summary>Initializes a highlighter for fields analysed by <paramref name="analyzer"/>, weighing terms with <paramref name="termWeight"/> (finite, non-negative).</summary>
    public PassageHighlighter(Analyzer analyzer, Func<string, string, float> termWeight)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(termWeight);
        this.analyzer = analyzer;
        this.termWeight = termWeight;
    }

    /// <summary>Initializes a highlighter for fields analysed by <paramref name="analyzer"/>, weighing terms by their BM25 idf in <paramref name="snapshot"/>.</summary>
    public PassageHighlighter(Analyzer analyzer, IEngineSnapshot snapshot)
        : this(analyzer, new SearcherTermWeights(snapshot ?? throw new ArgumentNullException(nameof(snapshot))).Weight)
    {
    }

    /// <summary>Returns the passages of <paramref name="text"/>, stored in <paramref name="field"/>, that best show <paramref name="query"/>, with its matches marked.</summary>
    /// <param name="query">The query as the searcher ran it (terms analysed, as indexed).</param>
    /// <param name="field">The field the text was indexed in; only the query's clauses on this field mark.</param>
    /// <param name="text">The stored text.</param>
    /// <param name="options">The passage count and length, or null for <see cref="HighlightOptions.Default"/>.</param>
    public HighlightedText Highlight(Query query, string field, string text, HighlightOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(text);
        options ??= HighlightOptions.Default;
        HighlightPlan plan = PlanFor(query, field);
        HighlightContext context = HighlightContext.Current;
        if (!plan.CanMark || !context.Analyze(analyzer, text, plan))
        {
            return Unmatched(text, options);
        }

        plan.Root.Evaluate(context);
        SpanBuffer spans = context.Spans;
        if (spans.Count == 0)
        {
            return Unmatched(text, options);
        }

        spans.SortAndMerge();
        return context.Passages.Select(text, spans, plan.LeafWeights, options);
    }

    /// <summary>Returns the whole of <paramref name="text"/> as one passage with every match of <paramref name="query"/> on <paramref name="field"/> marked, as for a title.</summary>
    public HighlightedText HighlightWhole(Query query, string field, string text) => Highlight(query, field, text, HighlightOptions.Title);

    private static HighlightedText Unmatched(string text, HighlightOptions options)
    {
        (int start, int end) = options.WholeText ? (0, text.Length) : TextBounds.Opening(text, options.MaxPassageChars);
        Passage[] passages = end > start ? [new Passage(start, end, 0f, [])] : [];
        return new HighlightedText(text, passages, Matched: false);
    }

    private HighlightPlan PlanFor(Query query, string field)
    {
        ConcurrentDictionary<string, HighlightPlan> byField = plans.GetValue(query, static _ => new ConcurrentDictionary<string, HighlightPlan>(StringComparer.Ordinal));
        if (byField.TryGetValue(field, out HighlightPlan? plan))
        {
            return plan;
        }

        // Compiled outside the dictionary's lock: two threads may both compile, and either result is right.
        plan = HighlightPlanBuilder.Build(query, field, termWeight);
        return byField.GetOrAdd(field, plan);
    }
}

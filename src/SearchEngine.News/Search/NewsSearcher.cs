using System.Diagnostics;
using SearchEngine.Core.Index;
using SearchEngine.Core.QueryParsing;
using SearchEngine.Core.Search;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Search;

/// <summary>
/// Searches one point-in-time view of a news index: parses the query, analyzes it per language, applies the
/// filters, ranks with BM25 and loads the hits. Thread-safe; reuse one searcher per reader.
/// </summary>
public sealed partial class NewsSearcher
{
    private readonly QueryParser parser;

    /// <summary>Initializes a searcher over <paramref name="reader"/> (the caller keeps it open while searching).</summary>
    public NewsSearcher(DirectoryReader reader, NewsSearchLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Reader = reader;
        Searcher = new IndexSearcher(reader);
        Limits = limits ?? new NewsSearchLimits();
        parser = new QueryParser(new QueryParserOptions
        {
            Fields = NewsQueryBuilder.QueryFields,
            MaxQueryLength = Limits.MaxQueryLength,
            MaxClauseCount = Limits.MaxClauses,
        });
        CreateHighlighters();
    }

    /// <summary>Gets the reader searched.</summary>
    public DirectoryReader Reader { get; }

    /// <summary>Gets the engine searcher, for callers that build their own queries.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>Gets the limits requests are held to.</summary>
    public NewsSearchLimits Limits { get; }

    /// <summary>
    /// Runs <paramref name="request"/>, highlighting the page's hits unless it says not to; throws
    /// <see cref="QueryParseException"/> (with the position) for a query that does not parse and
    /// <see cref="ArgumentException"/> naming the parameter for a bad page, size, language or snippet setting.
    /// </summary>
    public NewsSearchResponse Search(NewsSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        Validate(request);
        Query query = BuildQuery(request);
        TopDocs top;
        int first;
        if (request.After is string cursor)
        {
            if (request.Sort != NewsSort.Relevance)
            {
                throw new ArgumentException("A cursor continues relevance order only; use pages for date order.", nameof(request));
            }

            top = Searcher.SearchAfter(SearchCursor.Decode(cursor, Reader.Generation), query, request.Size);
            first = 0;
        }
        else
        {
            int window = (request.Page + 1) * request.Size;
            top = request.Sort == NewsSort.Date
                ? Searcher.Search(query, window, new SortByNumericField(NewsFields.Date, Descending: true))
                : Searcher.Search(query, window, request.ExactTotal);
            first = request.Page * request.Size;
        }

        PageHighlight? highlight = HighlightOf(request, query);
        var hits = new List<NewsHit>(request.Size);
        for (int i = first; i < top.ScoreDocs.Count; i++)
        {
            hits.Add(LoadHit(top.ScoreDocs[i], highlight));
        }

        string? next = request.Sort == NewsSort.Relevance && top.ScoreDocs.Count - first == request.Size
            ? SearchCursor.Encode(Reader.Generation, top.ScoreDocs[^1])
            : null;
        return new NewsSearchResponse(top.TotalHits, top.TotalHitsRelation == TotalHitsRelation.EqualTo, hits, stopwatch.Elapsed, next);
    }

    /// <summary>Parses and builds the engine query of <paramref name="request"/>, filters included.</summary>
    public Query BuildQuery(NewsSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        QueryNode node = parser.Parse(request.Query);
        var builder = new BooleanQueryBuilder();
        Query? main;
        if (node is MatchAllNode)
        {
            // Every article, whatever its language: scored 1 as Lucene's MatchAllDocsQuery.
            main = new MatchAllDocsQuery();
            if (request.Language is string only)
            {
                builder.Add(new TermQuery(NewsFields.Language, only), Occur.Filter);
            }
        }
        else if (request.Language is string language)
        {
            main = NewsQueryBuilder.Build(node, language);
            builder.Add(new TermQuery(NewsFields.Language, language), Occur.Filter);
        }
        else
        {
            // Each article matches through its own language: the query analyzed as Danish searches the Danish
            // fields, analyzed as Dutch the Dutch ones.
            var either = new BooleanQueryBuilder();
            foreach (string code in Analysis.AnalyzerRegistry.Languages)
            {
                if (NewsQueryBuilder.Build(node, code) is Query perLanguage)
                {
                    either.Add(perLanguage, Occur.Should);
                }
            }

            main = either.Count == 0 ? null : either.Build();
        }

        if (main is null)
        {
            // Only stop words: nothing can match, as in Lucene.
            return new BooleanQueryBuilder().Build();
        }

        builder.Add(main, Occur.Must);
        AddFilters(builder, request);
        return builder.Count == 1 ? main : builder.Build();
    }
}

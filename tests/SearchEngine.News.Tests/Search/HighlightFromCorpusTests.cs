using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.Analysis;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// Every query of tests/data/queries.jsonl over the whole shared corpus: every snippet of every hit that matched on
/// its body holds a mark, every title that matched holds one, and no mark, analysed again, is a term the query
/// excludes. Whether a hit matched on its body (or title) is decided by the engine independently of the
/// highlighter: the query restricted to that one field must still find the hit.
/// </summary>
/// <summary>Run on each engine: the sealed subclasses at the end of the file.</summary>
public abstract partial class HighlightFromCorpusTests(string engine) : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void EverySnippetOfABodyMatchIsMarkedAndNoMarkIsAnExcludedTerm()
    {
        string corpus = TestData.RequireShared("corpus");
        using NewsIndex index = NewsIndex.Open(temp.Path, new NewsIndexOptions { Engine = engine });
        BulkIndexer.Run(index, ArticleReader.Read(corpus), new BulkIndexOptions { Threads = 2 }, TestContext.Current.CancellationToken);
        using NewsSearcherLease lease = index.AcquireSearcher();
        NewsSearcher searcher = lease.Searcher;

        var problems = new List<string>();
        int queries = 0;
        int bodyMatches = 0;
        int openings = 0;
        int titleMatches = 0;
        int marksChecked = 0;
        int excludingQueries = 0;
        int excludedInText = 0;
        foreach (string line in File.ReadLines(Path.Combine(TestData.RepositoryRoot, "tests", "data", "queries.jsonl")))
        {
            JsonElement json = JsonDocument.Parse(line).RootElement;
            string id = json.GetProperty("id").GetString()!;
            if (id.StartsWith("err-", StringComparison.Ordinal))
            {
                continue;
            }

            queries++;
            NewsSearchRequest request = Request(json);
            Query query = searcher.BuildQuery(request);
            HashSet<(string Field, string Term)> excluded = ExcludedTerms(query);
            if (excluded.Count > 0)
            {
                // More hits for the queries with a NOT: more texts in which an excluded word occurs unmarked.
                request = request with { Size = 100 };
            }

            IReadOnlyList<NewsHit> hits = searcher.Search(request).Hits;
            if (json.TryGetProperty("facets", out _))
            {
                // The faceted search highlights its hits the same way.
                Dictionary<string, NewsHit> plain = hits.ToDictionary(h => h.Id, StringComparer.Ordinal);
                foreach (NewsHit hit in searcher.SearchWithFacets(request, ["year", "month", "person", "organization"]).Response.Hits)
                {
                    if (plain.TryGetValue(hit.Id, out NewsHit? same) && (same.TitleHtml != hit.TitleHtml || !same.Snippets.SequenceEqual(hit.Snippets)))
                    {
                        problems.Add($"{id}/{hit.Id}: the faceted search highlights differently");
                    }
                }
            }

            excludingQueries += excluded.Count > 0 ? 1 : 0;
            foreach (NewsHit hit in hits)
            {
                string body = NewsFields.BodyOf(hit.Language);
                string title = NewsFields.TitleOf(hit.Language);
                if (MatchesOn(searcher, query, body, hit.Id))
                {
                    bodyMatches++;
                    if (hit.Snippets.Count == 0 || !hit.BodyHighlight!.Matched)
                    {
                        problems.Add($"{id}/{hit.Id}: matched on its body but has no marked snippet");
                    }

                    foreach (string snippet in hit.Snippets.Where(s => !s.Contains("<mark>", StringComparison.Ordinal)))
                    {
                        problems.Add($"{id}/{hit.Id}: a snippet without a mark: {snippet}");
                    }
                }
                else if (hit.BodyHighlight is { Matched: false })
                {
                    openings++;
                }

                if (MatchesOn(searcher, query, title, hit.Id))
                {
                    titleMatches++;
                    if (!hit.TitleHtml.Contains("<mark>", StringComparison.Ordinal))
                    {
                        problems.Add($"{id}/{hit.Id}: matched on its title but the title has no mark: {hit.TitleHtml}");
                    }
                }

                Analyzer analyzer = AnalyzerRegistry.Get(hit.Language);
                if (excluded.Count > 0 && Terms(analyzer, hit.BodyHighlight!.Text).Any(t => excluded.Contains((body, t))))
                {
                    // The excluded word is in the text, so leaving it unmarked is the highlighter's doing.
                    excludedInText++;
                }

                foreach ((string field, IEnumerable<string> html) in (ReadOnlySpan<(string, IEnumerable<string>)>)[(body, hit.Snippets), (title, [hit.TitleHtml])])
                {
                    foreach (string mark in html.SelectMany(h => MarkPattern().Matches(h)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
                    {
                        marksChecked++;
                        foreach (string term in Terms(analyzer, mark).Where(t => excluded.Contains((field, t))))
                        {
                            problems.Add($"{id}/{hit.Id}: '{mark}' is marked, but the query excludes {field}:{term}");
                        }
                    }
                }
            }
        }

        string summary = $"{queries} queries, {bodyMatches} hits matched on the body, {openings} openings, {titleMatches} on the title, {marksChecked} marks, {excludingQueries} queries with exclusions, {excludedInText} hits whose body holds an excluded term; problems: {string.Join("; ", problems.Take(20))}";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(problems.Count == 0, summary);
        Assert.True(queries >= 80 && bodyMatches >= 500 && openings >= 20 && titleMatches >= 50 && excludingQueries >= 7 && excludedInText >= 20, summary);
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Returns the search of a query line: text, language, filters and page size (3 snippets, the default).</summary>
    private static NewsSearchRequest Request(JsonElement query)
    {
        var request = new NewsSearchRequest(query.GetProperty("query").GetString() ?? string.Empty)
        {
            Language = query.TryGetProperty("lang", out JsonElement lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString() : null,
            Size = query.TryGetProperty("top", out JsonElement top) ? top.GetInt32() : 10,
        };
        if (!query.TryGetProperty("filters", out JsonElement filters))
        {
            return request;
        }

        return request with
        {
            Persons = Strings(filters, "person"),
            Organizations = Strings(filters, "organization"),
            Date = !filters.TryGetProperty("date", out JsonElement date) ? null
                : date.ValueKind == JsonValueKind.String ? DateFilter.Exactly(ArticleDate.Parse(date.GetString()!))
                : new DateFilter(Date(date, "from"), Date(date, "to")),
        };
    }

    private static List<string> Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement array) ? [.. array.EnumerateArray().Select(v => v.GetString()!)] : [];

    private static ArticleDate? Date(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? ArticleDate.Parse(value.GetString()!) : null;

    /// <summary>Tells whether the article <paramref name="id"/> still matches <paramref name="query"/> when only <paramref name="field"/> may match its text.</summary>
    private static bool MatchesOn(NewsSearcher searcher, Query query, string field, string id)
    {
        var builder = new BooleanQueryBuilder()
            .Add(Restrict(query, field, topLevel: true), Occur.Must)
            .Add(new TermQuery(NewsFields.Id, id), Occur.Filter);
        return searcher.Snapshot.Search(builder.Build(), 1).TotalHits > 0;
    }

    /// <summary>
    /// Returns <paramref name="query"/> with every leaf that is not on <paramref name="field"/> made to match nothing
    /// (other text fields, field queries such as <c>lang:</c>, match-all), except the request's filters at the top
    /// (language, persons, organizations, date), which the hit passes anyway, and exclusions, kept whole.
    /// </summary>
    private static Query Restrict(Query query, string field, bool topLevel) => query switch
    {
        BooleanQuery boolean => new BooleanQuery(
            [.. boolean.Clauses.Select(c => c.Occur == Occur.MustNot || (topLevel && c.Occur == Occur.Filter) ? c : new BooleanClause(Restrict(c.Query, field, topLevel: false), c.Occur))],
            boolean.MinimumShouldMatch),
        BoostQuery boosted => new BoostQuery(Restrict(boosted.Inner, field, topLevel: false), boosted.Boost),
        TermQuery term when term.Field == field => term,
        PhraseQuery phrase when phrase.Field == field => phrase,
        PrefixQuery prefix when prefix.Field == field => prefix,
        TermRangeQuery range when range.Field == field => range,
        _ => BooleanQuery.Empty,
    };

    /// <summary>Returns the field terms under a NOT that the query does not also ask for outside one (those may rightly be marked).</summary>
    private static HashSet<(string Field, string Term)> ExcludedTerms(Query query)
    {
        var excluded = new HashSet<(string, string)>();
        var wanted = new HashSet<(string, string)>();
        Collect(query, negated: false, excluded, wanted);
        excluded.ExceptWith(wanted);
        return excluded;
    }

    private static void Collect(Query query, bool negated, HashSet<(string, string)> excluded, HashSet<(string, string)> wanted)
    {
        HashSet<(string, string)> into = negated ? excluded : wanted;
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (BooleanClause clause in boolean.Clauses)
                {
                    Collect(clause.Query, negated || clause.Occur == Occur.MustNot, excluded, wanted);
                }

                break;
            case BoostQuery boosted:
                Collect(boosted.Inner, negated, excluded, wanted);
                break;
            case TermQuery term:
                into.Add((term.Field, term.Text));
                break;
            case PhraseQuery phrase:
                foreach ((string term, _) in phrase.Terms)
                {
                    into.Add((phrase.Field, term));
                }

                break;
        }
    }

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        TokenStream stream = analyzer.GetTokenStream(text);
        while (stream.IncrementToken())
        {
            terms.Add(stream.Attributes.Term.ToString());
        }

        return terms;
    }

    [GeneratedRegex("<mark>(.*?)</mark>", RegexOptions.Singleline)]
    private static partial Regex MarkPattern();
}

public sealed class HighlightFromCorpusTestsOnNative() : HighlightFromCorpusTests(NewsEngines.Native);

public sealed class HighlightFromCorpusTestsOnLuceneNet() : HighlightFromCorpusTests(NewsEngines.LuceneNet);

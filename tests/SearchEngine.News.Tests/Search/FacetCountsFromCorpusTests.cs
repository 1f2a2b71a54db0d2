using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// Facet counts of every faceted query of tests/data/queries.jsonl equal counts computed directly from the
/// corpus JSONL: the engine supplies only which articles the query text matches; the filters and the counting
/// (drill-down and drill-sideways) are redone here from the raw records.
/// </summary>
/// <summary>Run on each engine: the sealed subclasses at the end of the file.</summary>
public abstract class FacetCountsFromCorpusTests(string engine) : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public void DrillDownAndSidewaysCountsEqualCountsFromTheCorpus()
    {
        string corpus = TestData.RequireShared("corpus");
        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(corpus, "*.jsonl"))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                JsonElement record = JsonDocument.Parse(line).RootElement.Clone();
                records[record.GetProperty("id").GetString()!] = record;
            }
        }

        using NewsIndex index = NewsIndex.Open(temp.Path, new NewsIndexOptions { Engine = engine, Limits = new NewsSearchLimits { MaxPageSize = 10_000 } });
        BulkIndexer.Run(index, ArticleReader.Read(corpus), new BulkIndexOptions { Threads = 2 }, TestContext.Current.CancellationToken);
        using NewsSearcherLease lease = index.AcquireSearcher();
        NewsSearcher searcher = lease.Searcher;

        int checkedBlocks = 0;
        foreach (string line in File.ReadLines(Path.Combine(TestData.RepositoryRoot, "tests", "data", "queries.jsonl")))
        {
            JsonElement query = JsonDocument.Parse(line).RootElement;
            if (!query.TryGetProperty("facets", out _) || query.GetProperty("id").GetString()!.StartsWith("err-", StringComparison.Ordinal))
            {
                continue;
            }

            NewsSearchRequest request = Request(query);
            string[] fields = ["year", "month", "person", "organization"];
            NewsFacetedResponse faceted = searcher.SearchWithFacets(request with { Size = 10 }, fields);

            // Which articles the query text matches, without filters: from the engine.
            HashSet<string> textMatches = [.. searcher.Search(request with { Persons = [], Organizations = [], Date = null, Size = 10_000 }).Hits.Select(h => h.Id)];
            Assert.True(textMatches.Count < 10_000);
            foreach (string field in fields)
            {
                string dimension = field is "year" or "month" ? "date" : field;
                var drillDown = new Dictionary<string, int>(StringComparer.Ordinal);
                var sideways = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string id in textMatches)
                {
                    JsonElement record = records[id];
                    bool others = Passes(record, request, except: dimension);
                    bool own = Passes(record, request, except: null);
                    foreach (string value in Values(record, field))
                    {
                        if (own)
                        {
                            drillDown[value] = drillDown.GetValueOrDefault(value) + 1;
                        }

                        if (others)
                        {
                            sideways[value] = sideways.GetValueOrDefault(value) + 1;
                        }
                    }
                }

                Assert.Equal(Sorted(drillDown), Sorted(faceted.DrillDown[field]));
                Assert.Equal(Sorted(sideways), Sorted(faceted.Sideways[field]));
                checkedBlocks++;
            }
        }

        Assert.True(checkedBlocks >= 100, $"only {checkedBlocks} facet fields were checked");
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static NewsSearchRequest Request(JsonElement query)
    {
        var request = new NewsSearchRequest(query.GetProperty("query").GetString() ?? string.Empty)
        {
            Language = query.TryGetProperty("lang", out JsonElement lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString() : null,
        };
        if (query.TryGetProperty("filters", out JsonElement filters))
        {
            request = request with
            {
                Persons = Strings(filters, "person"),
                Organizations = Strings(filters, "organization"),
                Date = !filters.TryGetProperty("date", out JsonElement date) ? null
                    : date.ValueKind == JsonValueKind.String ? DateFilter.Exactly(ArticleDate.Parse(date.GetString()!))
                    : new DateFilter(Date(date, "from"), Date(date, "to")),
            };
        }

        return request;
    }

    /// <summary>Evaluates the request's filters on a raw record, leaving out the dimension <paramref name="except"/>.</summary>
    private static bool Passes(JsonElement record, NewsSearchRequest request, string? except)
    {
        if (except != "person" && request.Persons.Count > 0 && !Values(record, "person").Intersect(request.Persons).Any())
        {
            return false;
        }

        if (except != "organization" && request.Organizations.Count > 0 && !Values(record, "organization").Intersect(request.Organizations).Any())
        {
            return false;
        }

        if (except != "date" && request.Date is DateFilter filter)
        {
            string? text = record.GetProperty("date").GetString();
            if (text is null)
            {
                return false;
            }

            // Compare as yyyymmdd strings: a month-only record date is its first day.
            string key = (text.Length == 7 ? text + "-01" : text).Replace("-", string.Empty, StringComparison.Ordinal);
            string low = filter.LowerKey == long.MinValue ? "00000000" : filter.LowerKey.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string high = filter.UpperKey == long.MaxValue ? "99999999" : filter.UpperKey.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (string.CompareOrdinal(key, low) < 0 || string.CompareOrdinal(key, high) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Values(JsonElement record, string field)
    {
        string? date = record.GetProperty("date").GetString();
        return field switch
        {
            "year" => date is null ? [] : [date[..4]],
            "month" => date is null || date.Length < 7 ? [] : [date[..7]],
            "person" => Strings(record, "persons").Distinct(),
            _ => Strings(record, "organizations").Distinct(),
        };
    }

    private static List<string> Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(v => v.GetString()!).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())]
            : [];

    private static ArticleDate? Date(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? ArticleDate.Parse(value.GetString()!) : null;

    private static List<string> Sorted(Dictionary<string, int> counts) =>
        [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")];

    private static List<string> Sorted(FacetCounts counts) =>
        [.. counts.GetAll().OrderBy(p => p.Label, StringComparer.Ordinal).Select(p => $"{p.Label}={p.Count}")];
}

public sealed class FacetCountsFromCorpusTestsOnNative() : FacetCountsFromCorpusTests(NewsEngines.Native);

public sealed class FacetCountsFromCorpusTestsOnLuceneNet() : FacetCountsFromCorpusTests(NewsEngines.LuceneNet);

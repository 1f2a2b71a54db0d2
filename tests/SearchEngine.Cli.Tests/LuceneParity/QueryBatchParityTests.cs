using System.Globalization;
using System.Text.Json;

namespace SearchEngine.Cli.Tests.LuceneParity;

/// <summary>
/// <c>searchctl query-batch</c> against Lucene 8.7 through ../shared/peers on the whole shared corpus and the
/// repository's query file (tests/data/queries.jsonl): equal totals, equal top-10 sets (up to ties at the tenth
/// score) and scores within 1e-4, equal drill-down and drill-sideways facet counts, and snippets marked (or not)
/// alike, for every query whose meaning is the same in both engines.
/// </summary>
public sealed class QueryBatchParityTests : IDisposable
{
    /// <summary>
    /// Queries whose meaning differs: the peer parses <c>field:</c> syntax with Lucene's MultiFieldQueryParser over
    /// its literal field names (there is no "title", "person", "organization" or "date" field in the peer's index;
    /// its fields are title_da, body_nl, ...), so these match nothing there, or only the unfielded part.
    /// </summary>
    private static readonly HashSet<string> DifferentMeaning = new(StringComparer.Ordinal)
    {
        "da-field-title", "da-field-body-phrase", "da-field-person", "da-field-org", "da-field-date-year",
        "da-field-date-range", "nl-field-title", "nl-field-person", "nl-field-org", "nl-field-date-month",
    };

    private readonly TempDirectory temp = new();

    [Fact]
    public void QueryBatchAgreesWithLuceneOnTotalsTopTenAndScores()
    {
        string classPath = LucenePeer.RequireClassPath();
        string corpusFolder = TestData.RequireShared("corpus");
        string queries = Path.Combine(TestData.RepositoryRoot, "tests", "data", "queries.jsonl");
        string corpus = Path.Combine(temp.Path, "all.jsonl");
        File.WriteAllLines(corpus, Directory.GetFiles(corpusFolder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(File.ReadLines));

        // One thread keeps the corpus order, so doc ids (the tie-breaker) follow the same order as Lucene's.
        string ours = Path.Combine(temp.Path, "ours");
        Assert.Equal(0, Searchctl.Run(string.Empty, "rebuild", "--index", ours, "--source", corpus, "--threads", "1").ExitCode);
        ProcessResult batch = Searchctl.Run(string.Empty, "query-batch", "--index", ours, "--queries", queries, "--out", Path.Combine(temp.Path, "ours.jsonl"), "--repeat", "1");
        Assert.True(batch.ExitCode == 0, batch.StandardError);

        ProcessResult index = ProcessResult.Run("java", ["-cp", classPath, "Peer", "index", corpus, Path.Combine(temp.Path, "lucene.idx")], string.Empty);
        Assert.True(index.ExitCode == 0, index.StandardError);
        ProcessResult search = ProcessResult.Run("java", ["-cp", classPath, "Peer", "search", Path.Combine(temp.Path, "lucene.idx"), queries, Path.Combine(temp.Path, "lucene.jsonl"), "--repeat", "1"], string.Empty);
        Assert.True(search.ExitCode == 0, search.StandardError);

        Dictionary<string, JsonElement> lucene = Read(Path.Combine(temp.Path, "lucene.jsonl"));
        Dictionary<string, JsonElement> mine = Read(Path.Combine(temp.Path, "ours.jsonl"));
        Assert.Equal(lucene.Count, mine.Count);
        Assert.True(lucene.Count >= 80, $"the query file has {lucene.Count} queries");

        var problems = new List<string>();
        int compared = 0;
        int sameTopTen = 0;
        int facetBlocks = 0;
        int comparedSnippets = 0;
        foreach ((string id, JsonElement expected) in lucene)
        {
            JsonElement actual = mine[id];
            bool expectedError = expected.TryGetProperty("error", out _);
            bool actualError = actual.TryGetProperty("error", out _);
            if (expectedError || actualError)
            {
                if (expectedError != actualError)
                {
                    problems.Add($"{id}: error in one engine only");
                }

                continue;
            }

            if (DifferentMeaning.Contains(id))
            {
                continue;
            }

            compared++;
            long expectedTotal = expected.GetProperty("total").GetInt64();
            long actualTotal = actual.GetProperty("total").GetInt64();
            if (expectedTotal != actualTotal)
            {
                problems.Add($"{id}: total {actualTotal}, Lucene {expectedTotal}");
            }

            Dictionary<string, double> expectedHits = Hits(expected);
            Dictionary<string, double> actualHits = Hits(actual);
            if (SameUpToTiesAtTheCut(expectedHits, actualHits))
            {
                sameTopTen++;
            }

            // Where Lucene's scores differ, the order must be the same; equal scores may tie either way.
            List<string> expectedOrder = Order(expected);
            List<string> actualOrder = Order(actual);
            for (int i = 0; i < expectedOrder.Count; i++)
            {
                for (int j = i + 1; j < expectedOrder.Count; j++)
                {
                    string better = expectedOrder[i];
                    string worse = expectedOrder[j];
                    bool distinct = expectedHits[better] - expectedHits[worse] > 1e-5 * Math.Abs(expectedHits[better]);
                    int betterRank = actualOrder.IndexOf(better);
                    int worseRank = actualOrder.IndexOf(worse);
                    if (distinct && betterRank >= 0 && worseRank >= 0 && betterRank > worseRank)
                    {
                        problems.Add($"{id}: {better} should rank above {worse}");
                    }
                }
            }

            foreach (string kind in (string[])["facets", "facets_sideways"])
            {
                string expectedFacets = Facets(expected, kind);
                string actualFacets = Facets(actual, kind);
                if (expectedFacets != actualFacets)
                {
                    problems.Add($"{id}: {kind} {actualFacets}, Lucene {expectedFacets}");
                }
                else if (expectedFacets.Length > 0)
                {
                    facetBlocks++;
                }
            }

            foreach ((string doc, double score) in actualHits)
            {
                if (expectedHits.TryGetValue(doc, out double luceneScore) && Math.Abs(score - luceneScore) > 1e-4 * Math.Max(Math.Abs(luceneScore), 1e-9))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{id}: {doc} scores {score}, Lucene {luceneScore}"));
                }
            }

            // Snippets differ in their passages and marks (ours marks a phrase as one span), but both engines must
            // agree on whether the body of a hit matched: a snippet with <b> in one engine has one in the other.
            Dictionary<string, string?> expectedSnippets = Snippets(expected);
            foreach ((string doc, string? snippet) in Snippets(actual))
            {
                if (expectedSnippets.TryGetValue(doc, out string? luceneSnippet))
                {
                    comparedSnippets++;
                    if (Marked(snippet) != Marked(luceneSnippet))
                    {
                        problems.Add($"{id}: {doc} snippet '{snippet}', Lucene '{luceneSnippet}'");
                    }
                }
            }
        }

        string summary = $"{compared} comparable queries, {sameTopTen} with the same top-10 set, {facetBlocks} equal facet blocks, {comparedSnippets} snippets marked alike; problems: {string.Join("; ", problems)}";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(problems.Count == 0, summary);
        Assert.True(sameTopTen >= compared * 0.95, summary);
        Assert.True(compared >= 70, summary);
        Assert.True(facetBlocks >= 40, summary);
        Assert.True(comparedSnippets >= 500, summary);
    }

    public void Dispose() => temp.Dispose();

    private static Dictionary<string, JsonElement> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(e => e.GetProperty("id").GetString()!, StringComparer.Ordinal);

    /// <summary>Returns a facet block as canonical JSON, or "" when absent or empty (the peer writes {} when none were asked).</summary>
    private static string Facets(JsonElement result, string kind) =>
        result.TryGetProperty(kind, out JsonElement facets) && facets.ValueKind == JsonValueKind.Object && facets.EnumerateObject().Any()
            ? string.Join(";", facets.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + string.Join(",", p.Value.EnumerateArray().Select(v => $"{v[0].GetString()}:{v[1].GetInt64()}"))))
            : string.Empty;

    private static bool Marked(string? snippet) => snippet is not null && snippet.Contains("<b>", StringComparison.Ordinal);

    private static Dictionary<string, string?> Snippets(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().ToDictionary(h => h.GetProperty("id").GetString()!, h => h.GetProperty("snippet").GetString(), StringComparer.Ordinal);

    /// <summary>
    /// Whether two top-10 lists hold the same articles but for those scoring the lowest score kept: which of the
    /// articles tied at the cut make it is the tie-breaker's choice (Lucene's is the doc id, ours the article id).
    /// </summary>
    private static bool SameUpToTiesAtTheCut(Dictionary<string, double> expected, Dictionary<string, double> actual)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        if (expected.Count == 0)
        {
            return true;
        }

        double cut = expected.Values.Min();
        bool AtCut(double score) => Math.Abs(score - cut) <= 1e-5 * Math.Max(Math.Abs(cut), 1e-9);
        return expected.Where(hit => !AtCut(hit.Value)).All(hit => actual.ContainsKey(hit.Key))
            && actual.Where(hit => !expected.ContainsKey(hit.Key)).All(hit => AtCut(hit.Value));
    }

    private static List<string> Order(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    private static Dictionary<string, double> Hits(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().ToDictionary(h => h.GetProperty("id").GetString()!, h => h.GetProperty("score").GetDouble(), StringComparer.Ordinal);
}

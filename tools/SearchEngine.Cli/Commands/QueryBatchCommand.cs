using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SearchEngine.News;
using SearchEngine.News.Articles;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.QueryParsing;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchctl query-batch --queries Q.jsonl --out R.jsonl [--repeat R] [--warmup W] [--snippets N] [--snippet-length N]</c>:
/// runs a query file (the schema of ../shared/peers) and writes one result line per query with its median and p95
/// latency; highlighting, when a line asks for it, is part of the timed work.
/// </summary>
internal static class QueryBatchCommand
{
    /// <summary>Creates the command, writing its summary to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var queries = new Option<string>("--queries") { Description = "The query file (JSON Lines).", Required = true };
        var output = new Option<string>("--out") { Description = "The result file to write (JSON Lines); - writes the results to standard output and the summary to standard error.", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over all queries after one warm-up pass.", DefaultValueFactory = _ => 20 };
        repeat.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--repeat must be at least 1."); } });
        var warmup = new Option<int>("--warmup") { Description = "Untimed passes over all queries before the timed ones (default 1; its results are the ones written).", DefaultValueFactory = _ => 1 };
        warmup.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--warmup must be at least 1."); } });
        var limits = new NewsSearchLimits();
        var snippets = new Option<int>("--snippets")
        {
            Description = $"Passages in a hit's snippet when its query line highlights (default 1, as the peers; at most {limits.MaxSnippetCount}).",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        snippets.Validators.Add(r => { if (r.GetValueOrDefault<int>() is int n && (n < 1 || n > limits.MaxSnippetCount)) { r.AddError($"--snippets must be between 1 and {limits.MaxSnippetCount}."); } });
        var snippetLength = new Option<int>("--snippet-length")
        {
            Description = $"Longest passage in characters (default 200, at most {limits.MaxSnippetLength}).",
            HelpName = "N",
            DefaultValueFactory = _ => 200,
        };
        snippetLength.Validators.Add(r => { if (r.GetValueOrDefault<int>() is int n && (n < 1 || n > limits.MaxSnippetLength)) { r.AddError($"--snippet-length must be between 1 and {limits.MaxSnippetLength}."); } });
        var command = new Command("query-batch", "Run a file of queries and write results with latencies (the ../shared/peers schema).")
        {
            queries, output, repeat, warmup, snippets, snippetLength,
        };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(CommonOptions.Index);
            IndexCheck.RequireIndex(path);
            List<BatchQuery> batch = BatchQuery.ReadAll(parsed.GetRequiredValue(queries));
            int passes = parsed.GetValue(repeat);
            using NewsIndex index = NewsIndex.Open(path);
            using NewsSearcherLease lease = index.AcquireSearcher();
            NewsSearcher searcher = lease.Searcher;
            List<NewsSearchRequest> requests = [.. batch.Select(q => q.ToRequest(parsed.GetValue(snippets), parsed.GetValue(snippetLength)))];

            // The warm-up pass's results are the ones written; then every query is timed over the passes.
            var results = new List<(NewsFacetedResponse? Response, string? Error)>(batch.Count);
            for (int q = 0; q < batch.Count; q++)
            {
                results.Add(Run(searcher, batch[q], requests[q]));
            }

            for (int pass = 1; pass < parsed.GetValue(warmup); pass++)
            {
                for (int q = 0; q < batch.Count; q++)
                {
                    Run(searcher, batch[q], requests[q]);
                }
            }

            double[][] latencies = new double[batch.Count][];
            for (int q = 0; q < batch.Count; q++)
            {
                latencies[q] = new double[passes];
            }

            var total = Stopwatch.StartNew();
            for (int pass = 0; pass < passes; pass++)
            {
                for (int q = 0; q < batch.Count; q++)
                {
                    long start = Stopwatch.GetTimestamp();
                    Run(searcher, batch[q], requests[q]);
                    latencies[q][pass] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            }

            total.Stop();
            string outPath = parsed.GetRequiredValue(output);
            if (outPath == "-")
            {
                BatchResultWriter.Write(console.Out, batch, results, latencies);
            }
            else
            {
                using var file = new StreamWriter(outPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                BatchResultWriter.Write(file, batch, results, latencies);
            }

            double meanMedian = latencies.Length == 0 ? 0 : latencies.Average(l => Percentile(l, 0.5));
            (outPath == "-" ? console.Error : console.Out).WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["engine"] = "searchengine-" + index.Engine,
                ["queries"] = batch.Count,
                ["repeat"] = passes,
                ["meanMedianMs"] = Math.Round(meanMedian, 4),
                ["qps"] = Math.Round(batch.Count * passes / Math.Max(total.Elapsed.TotalSeconds, 1e-9), 1),
            }, NewsJson.Options));
            return 0;
        });
        return command;
    }

    /// <summary>Returns the nearest-rank percentile <paramref name="p"/> of <paramref name="values"/>.</summary>
    internal static double Percentile(double[] values, double p)
    {
        double[] sorted = [.. values];
        Array.Sort(sorted);
        int rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static (NewsFacetedResponse? Response, string? Error) Run(NewsSearcher searcher, BatchQuery query, NewsSearchRequest request)
    {
        try
        {
            if (query.Facets.Count > 0)
            {
                return (searcher.SearchWithFacets(request, query.Facets), null);
            }

            NewsSearchResponse plain = searcher.Search(request);
            return (new NewsFacetedResponse(plain, new Dictionary<string, FacetCounts>(), new Dictionary<string, FacetCounts>()), null);
        }
        catch (QueryParseException ex)
        {
            return (null, ex.Message);
        }
    }
}

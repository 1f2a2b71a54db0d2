using System.Text;
using System.Text.Json;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>Writes query-batch results in the ../shared/peers schema.</summary>
internal static class BatchResultWriter
{
    /// <summary>Writes one line per query: id, total, hits (id, score, snippet), latencies, or the parse error.</summary>
    public static void Write(string path, IReadOnlyList<BatchQuery> queries, IReadOnlyList<(NewsSearchResponse? Response, string? Error)> results, double[][] latencies)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var writer = new Utf8JsonWriter(stream);
        for (int q = 0; q < queries.Count; q++)
        {
            writer.Reset(stream);
            writer.WriteStartObject();
            writer.WriteString("id", queries[q].Id);
            (NewsSearchResponse? response, string? error) = results[q];
            writer.WriteNumber("total", response?.Total ?? 0);
            writer.WriteStartArray("hits");
            foreach (NewsHit hit in response?.Hits ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("id", hit.Id);
                writer.WriteNumber("score", hit.Score);

                // Highlighting arrives with its own issue; until then there is no snippet.
                writer.WriteNull("snippet");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (error is not null)
            {
                writer.WriteString("error", error);
            }

            writer.WriteNumber("latency_ms_median", Math.Round(QueryBatchCommand.Percentile(latencies[q], 0.5), 4));
            writer.WriteNumber("latency_ms_p95", Math.Round(QueryBatchCommand.Percentile(latencies[q], 0.95), 4));
            writer.WriteEndObject();
            writer.Flush();
            stream.Write("\n"u8);
        }
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>Writes query-batch results in the ../shared/peers schema.</summary>
internal static class BatchResultWriter
{
    /// <summary>
    /// Writes one line per query: id, total, hits (id, score, snippet: the best passages as raw text with <c>&lt;b&gt;</c>
    /// around matches, or null when the query asked for no highlighting), facets, latencies, or the parse error.
    /// </summary>
    public static void Write(TextWriter output, IReadOnlyList<BatchQuery> queries, IReadOnlyList<(NewsFacetedResponse? Response, string? Error)> results, double[][] latencies)
    {
        var line = new ArrayBufferWriter<byte>();
        // Raw UTF-8 (not \u escapes) for Danish and Dutch letters, as the peers write them.
        using var writer = new Utf8JsonWriter(line, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (int q = 0; q < queries.Count; q++)
        {
            line.ResetWrittenCount();
            writer.Reset(line);
            writer.WriteStartObject();
            writer.WriteString("id", queries[q].Id);
            (NewsFacetedResponse? faceted, string? error) = results[q];
            NewsSearchResponse? response = faceted?.Response;
            writer.WriteNumber("total", response?.Total ?? 0);
            writer.WriteStartArray("hits");
            foreach (NewsHit hit in response?.Hits ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("id", hit.Id);
                writer.WriteNumber("score", hit.Score);

                // As the peers write it: raw text, <b> around matches, passages joined by "... ".
                if (hit.BodyHighlight is { } body)
                {
                    writer.WriteString("snippet", HighlightMarkup.Tagged(body, "<b>", "</b>", "... "));
                }
                else
                {
                    writer.WriteNull("snippet");
                }
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (queries[q].Facets.Count > 0)
            {
                WriteFacets(writer, "facets", queries[q].Facets, faceted?.DrillDown);
                if (queries[q].HasFilters)
                {
                    WriteFacets(writer, "facets_sideways", queries[q].Facets, faceted?.Sideways);
                }
            }

            if (error is not null)
            {
                writer.WriteString("error", error);
            }

            writer.WriteNumber("latency_ms_median", Math.Round(QueryBatchCommand.Percentile(latencies[q], 0.5), 4));
            writer.WriteNumber("latency_ms_p95", Math.Round(QueryBatchCommand.Percentile(latencies[q], 0.95), 4));
            writer.WriteEndObject();
            writer.Flush();
            output.Write(Encoding.UTF8.GetString(line.WrittenSpan));
            output.Write('\n');
        }
    }

    /// <summary>Writes each requested dimension's top 10 as [label, count] pairs, count descending then label.</summary>
    private static void WriteFacets(Utf8JsonWriter writer, string name, IReadOnlyList<string> fields, IReadOnlyDictionary<string, News.Facets.FacetCounts>? counts)
    {
        writer.WriteStartObject(name);
        foreach (string field in fields)
        {
            writer.WriteStartArray(field);
            if (counts is not null && counts.TryGetValue(field, out News.Facets.FacetCounts? perField))
            {
                foreach (News.Facets.LabelAndCount value in perField.GetTop(10))
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(value.Label);
                    writer.WriteNumberValue(value.Count);
                    writer.WriteEndArray();
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}

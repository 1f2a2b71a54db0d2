using SearchEngine.Core.Index;

namespace SearchEngine.News.Indexing;

/// <summary>Statistics of one commit of a news index.</summary>
/// <param name="Generation">The commit generation.</param>
/// <param name="Docs">The number of live articles.</param>
/// <param name="Deleted">The number of deleted articles still held by segments (reclaimed by merges).</param>
/// <param name="Segments">The number of segments.</param>
/// <param name="Bytes">The total size of the commit's files.</param>
/// <param name="Languages">Live articles per language code.</param>
/// <param name="TopPersons">The most frequent person values with their article counts.</param>
/// <param name="TopOrganizations">The most frequent organization values with their article counts.</param>
public sealed record IndexStats(
    long Generation,
    long Docs,
    long Deleted,
    int Segments,
    long Bytes,
    IReadOnlyList<(string Value, long Count)> Languages,
    IReadOnlyList<(string Value, long Count)> TopPersons,
    IReadOnlyList<(string Value, long Count)> TopOrganizations)
{
    /// <summary>Computes the statistics of <paramref name="reader"/>'s commit.</summary>
    public static IndexStats Compute(DirectoryReader reader, int topValues)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long bytes = 0;
        foreach (string file in reader.Commit.Files())
        {
            bytes += reader.Directory.FileLength(file);
        }

        return new IndexStats(
            reader.Generation,
            reader.NumDocs,
            reader.MaxDoc - reader.NumDocs,
            reader.Segments.Count,
            bytes,
            CountValues(reader, NewsFields.Language, int.MaxValue),
            CountValues(reader, NewsFields.Person, topValues),
            CountValues(reader, NewsFields.Organization, topValues));
    }

    /// <summary>Counts live documents per value of a sorted-set field across segments; the top values by count, then by value.</summary>
    private static List<(string Value, long Count)> CountValues(DirectoryReader reader, string field, int top)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        int[] ordinals = new int[16];
        foreach (SegmentReader segment in reader.Segments)
        {
            SortedSetDocValues? values = segment.GetSortedSetDocValues(field);
            if (values is null)
            {
                continue;
            }

            long[] perOrdinal = new long[values.ValueCount];
            for (int doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (!segment.IsLive(doc))
                {
                    continue;
                }

                int count = values.GetOrdinals(doc, ordinals);
                if (count > ordinals.Length)
                {
                    ordinals = new int[count];
                    values.GetOrdinals(doc, ordinals);
                }

                for (int i = 0; i < count; i++)
                {
                    perOrdinal[ordinals[i]]++;
                }
            }

            for (long ord = 0; ord < perOrdinal.Length; ord++)
            {
                if (perOrdinal[ord] > 0)
                {
                    string value = values.LookupOrdinal(ord);
                    counts[value] = counts.GetValueOrDefault(value) + perOrdinal[ord];
                }
            }
        }

        var list = new List<(string Value, long Count)>(counts.Count);
        foreach ((string value, long count) in counts)
        {
            list.Add((value, count));
        }

        list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return list.Count > top ? list.GetRange(0, top) : list;
    }
}

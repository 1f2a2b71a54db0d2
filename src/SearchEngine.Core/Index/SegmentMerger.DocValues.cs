using SearchEngine.Core.Codecs.DocValues;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <content>Doc values: numeric values are concatenated; sorted-set values are merged into one sorted list and remapped.</content>
internal static partial class SegmentMerger
{
    private static void WriteDocValues(IndexDirectory directory, string name, MergePlan plan)
    {
        using var writer = new DocValuesWriter(directory, name, plan.MaxDoc);
        foreach (FieldInfo field in plan.FieldInfos)
        {
            if (field.DocValues == DocValuesType.Numeric)
            {
                MergeNumeric(writer, plan, field);
            }
            else if (field.DocValues == DocValuesType.SortedSet)
            {
                MergeSortedSet(writer, plan, field);
            }
        }

        writer.Finish();
    }

    private static void MergeNumeric(DocValuesWriter writer, MergePlan plan, FieldInfo field)
    {
        long[] values = new long[plan.MaxDoc];
        var docsWithValue = new FixedBitSet(plan.MaxDoc);
        for (int s = 0; s < plan.Sources.Count; s++)
        {
            FieldInfo? own = plan.SourceField(s, field);
            NumericDocValues? old = own is { DocValues: DocValuesType.Numeric } ? plan.Sources[s].Core.DocValues.GetNumeric(own) : null;
            if (old is null)
            {
                continue;
            }

            int[] docMap = plan.DocMaps[s];
            for (int doc = 0; doc < docMap.Length; doc++)
            {
                if (docMap[doc] >= 0 && old.TryGet(doc, out long value))
                {
                    values[docMap[doc]] = value;
                    docsWithValue.Set(docMap[doc]);
                }
            }
        }

        writer.AddNumericField(field, values, docsWithValue);
    }

    private static void MergeSortedSet(DocValuesWriter writer, MergePlan plan, FieldInfo field)
    {
        int k = plan.Sources.Count;
        var old = new SortedSetDocValues?[k];
        for (int s = 0; s < k; s++)
        {
            FieldInfo? own = plan.SourceField(s, field);
            old[s] = own is { DocValues: DocValuesType.SortedSet } ? plan.Sources[s].Core.DocValues.GetSortedSet(own) : null;
        }

        int[] buffer = new int[16];
        (List<string> values, int[]?[] ordinalMaps) = MergeValues(plan, old, ref buffer);

        // Old ordinals map to new ones in the same order, so each document's remapped ordinals stay ascending and unique.
        int[] docStarts = new int[plan.MaxDoc + 1];
        int[] ordinals = new int[16];
        int count = 0;
        for (int s = 0; s < k; s++)
        {
            int[] docMap = plan.DocMaps[s];
            int[]? ordinalMap = ordinalMaps[s];
            for (int doc = 0; doc < docMap.Length; doc++)
            {
                if (docMap[doc] < 0)
                {
                    continue;
                }

                docStarts[docMap[doc]] = count;
                if (ordinalMap is null)
                {
                    continue;
                }

                int n = ReadOrdinals(old[s]!, doc, ref buffer);
                if (count + n > ordinals.Length)
                {
                    Array.Resize(ref ordinals, Math.Max(count + n, ordinals.Length * 2));
                }

                for (int i = 0; i < n; i++)
                {
                    ordinals[count++] = ordinalMap[buffer[i]];
                }
            }
        }

        docStarts[plan.MaxDoc] = count;
        writer.AddSortedSetField(field, values, docStarts, ordinals.AsSpan(0, count));
    }

    /// <summary>
    /// Merges the sources' sorted value lists into one sorted list without duplicates, keeping only values some
    /// live document has (a value only deleted documents had would be an ordinal no document uses), and returns
    /// per source the new ordinal of each old one (null for sources without the field).
    /// </summary>
    private static (List<string> Values, int[]?[] OrdinalMaps) MergeValues(MergePlan plan, SortedSetDocValues?[] old, ref int[] buffer)
    {
        int k = old.Length;
        var used = new FixedBitSet?[k];
        var ordinalMaps = new int[]?[k];
        var current = new int[k];
        var currentValue = new string?[k];
        for (int s = 0; s < k; s++)
        {
            if (old[s] is not { } values)
            {
                continue;
            }

            used[s] = UsedOrdinals(values, plan.Sources[s].LiveDocs, plan.DocMaps[s], ref buffer);
            ordinalMaps[s] = new int[values.ValueCount];
            current[s] = -1;
            currentValue[s] = NextValue(values, used[s], ref current[s]);
        }

        var merged = new List<string>();
        while (true)
        {
            string? min = null;
            for (int s = 0; s < k; s++)
            {
                if (currentValue[s] is { } value && (min is null || string.CompareOrdinal(value, min) < 0))
                {
                    min = value;
                }
            }

            if (min is null)
            {
                return (merged, ordinalMaps);
            }

            for (int s = 0; s < k; s++)
            {
                if (currentValue[s] is { } value && string.Equals(value, min, StringComparison.Ordinal))
                {
                    ordinalMaps[s]![current[s]] = merged.Count;
                    currentValue[s] = NextValue(old[s]!, used[s], ref current[s]);
                }
            }

            merged.Add(min);
        }
    }

    /// <summary>Returns the ordinals live documents use, or null when all are (no deletions: a segment holds only values its documents have).</summary>
    private static FixedBitSet? UsedOrdinals(SortedSetDocValues values, FixedBitSet? liveDocs, int[] docMap, ref int[] buffer)
    {
        if (liveDocs is null)
        {
            return null;
        }

        var used = new FixedBitSet((int)values.ValueCount);
        for (int doc = 0; doc < docMap.Length; doc++)
        {
            if (docMap[doc] >= 0)
            {
                int n = ReadOrdinals(values, doc, ref buffer);
                for (int i = 0; i < n; i++)
                {
                    used.Set(buffer[i]);
                }
            }
        }

        return used;
    }

    /// <summary>Moves <paramref name="ordinal"/> to the next used ordinal and returns its value, or null past the last.</summary>
    private static string? NextValue(SortedSetDocValues values, FixedBitSet? used, ref int ordinal)
    {
        ordinal = used is null ? ordinal + 1 : used.NextSetBit(ordinal + 1);
        if (ordinal < 0 || ordinal >= values.ValueCount)
        {
            ordinal = -1;
            return null;
        }

        return values.LookupOrdinal(ordinal);
    }

    private static int ReadOrdinals(SortedSetDocValues values, int doc, ref int[] buffer)
    {
        int n = values.GetOrdinals(doc, buffer);
        if (n > buffer.Length)
        {
            buffer = new int[Math.Max(n, buffer.Length * 2)];
            values.GetOrdinals(doc, buffer);
        }

        return n;
    }
}

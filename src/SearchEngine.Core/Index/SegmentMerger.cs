using System.Globalization;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <summary>
/// Writes one new segment holding the live documents of several segments, read through their open readers, in
/// source order: source 0's live documents first, then source 1's, and so on.
/// </summary>
/// <remarks>
/// <para>Because new doc ids follow source order, every part is written in one pass in doc id order, streaming
/// from the sources: stored fields document by document, postings term by term (a k-way merge of the sources'
/// term dictionaries), norms and doc values field by field. Files are created in the order a flush creates them
/// (<c>.fdt</c>, the four postings files, <c>.nrm</c>, <c>.dv</c>) and the <c>.si</c> last, so a segment without
/// its <c>.si</c> is never mistaken for a complete one.</para>
/// <para>On any failure every file of the new segment is deleted before the exception propagates; the segment
/// name must therefore be unused when the merge starts (checked), so cleanup can never touch someone else's file.</para>
/// </remarks>
internal static partial class SegmentMerger
{
    /// <summary>
    /// Writes segment <paramref name="name"/> holding the live documents of <paramref name="sources"/>, in source
    /// order, and returns its <see cref="SegmentInfo"/> (already written) and, per source, the new doc id of every
    /// old doc id (-1 for documents not live in <see cref="MergeSource.LiveDocs"/>; null live docs: all live).
    /// </summary>
    /// <exception cref="InvalidOperationException">A field has different doc values kinds in two sources.</exception>
    public static MergedSegment Merge(IndexDirectory directory, string name, IReadOnlyList<MergeSource> sources)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            throw new ArgumentException("A merge needs at least one source segment.", nameof(sources));
        }

        RequireUnusedName(directory, name);
        int[][] docMaps = BuildDocMaps(sources, out int maxDoc);
        var plan = new MergePlan(sources, docMaps, maxDoc, MergeFieldInfos(sources));
        try
        {
            WriteStoredFields(directory, name, plan);
            byte[]?[] norms = MergeNorms(plan);
            WritePostings(directory, name, plan, norms);
            WriteNorms(directory, name, plan, norms);
            WriteDocValues(directory, name, plan);
            return new MergedSegment(WriteSegmentInfo(directory, name, plan), docMaps);
        }
        catch
        {
            DeleteSegmentFiles(directory, name);
            throw;
        }
    }

    private static void RequireUnusedName(IndexDirectory directory, string name)
    {
        foreach (string file in directory.ListAll())
        {
            if (IndexFileNames.SegmentOf(file) == name)
            {
                throw new IOException($"Cannot merge into segment '{name}': file '{file}' already exists.");
            }
        }
    }

    private static int[][] BuildDocMaps(IReadOnlyList<MergeSource> sources, out int maxDoc)
    {
        var docMaps = new int[sources.Count][];
        int next = 0;
        for (int s = 0; s < sources.Count; s++)
        {
            MergeSource source = sources[s];
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            int sourceMaxDoc = source.Core.Info.MaxDoc;
            FixedBitSet? live = source.LiveDocs;
            if (live is not null && live.Length != sourceMaxDoc)
            {
                throw new ArgumentException($"Live docs of segment '{source.Core.Info.Name}' have {live.Length} bits for {sourceMaxDoc} documents.", nameof(sources));
            }

            int[] map = new int[sourceMaxDoc];
            for (int doc = 0; doc < sourceMaxDoc; doc++)
            {
                map[doc] = live is null || live.Get(doc) ? checked(next++) : -1;
            }

            docMaps[s] = map;
        }

        maxDoc = next;
        return docMaps;
    }

    private static FieldInfos MergeFieldInfos(IReadOnlyList<MergeSource> sources)
    {
        var merged = new List<FieldInfo>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (MergeSource source in sources)
        {
            foreach (FieldInfo field in source.Core.Info.FieldInfos)
            {
                if (!numbers.TryGetValue(field.Name, out int number))
                {
                    numbers.Add(field.Name, merged.Count);
                    merged.Add(field with { Number = merged.Count });
                    continue;
                }

                FieldInfo seen = merged[number];
                merged[number] = seen with
                {
                    IndexOptions = (IndexOptions)Math.Max((int)seen.IndexOptions, (int)field.IndexOptions),
                    HasNorms = seen.HasNorms || field.HasNorms,
                    DocValues = CommonDocValues(seen, field, source.Core.Info.Name),
                };
            }
        }

        return new FieldInfos(merged);
    }

    private static DocValuesType CommonDocValues(FieldInfo seen, FieldInfo field, string segment)
    {
        if (seen.DocValues == DocValuesType.None || seen.DocValues == field.DocValues)
        {
            return field.DocValues;
        }

        if (field.DocValues == DocValuesType.None)
        {
            return seen.DocValues;
        }

        throw new InvalidOperationException(
            $"Field '{field.Name}' has {field.DocValues} doc values in segment '{segment}' but {seen.DocValues} in an earlier source; segments with different doc values kinds for one field cannot be merged.");
    }

    private static SegmentInfo WriteSegmentInfo(IndexDirectory directory, string name, MergePlan plan)
    {
        // As a flush does: every file of the segment except live docs (those belong to a commit), plus the .si.
        var files = new List<string>();
        foreach (string file in directory.ListAll())
        {
            if (IndexFileNames.SegmentOf(file) == name && !file.EndsWith(".liv", StringComparison.Ordinal))
            {
                files.Add(file);
            }
        }

        files.Add(IndexFileNames.SegmentFile(name, SegmentInfoFormat.Extension));
        var mergedFrom = new string[plan.Sources.Count];
        for (int s = 0; s < mergedFrom.Length; s++)
        {
            mergedFrom[s] = plan.Sources[s].Core.Info.Name;
        }

        var diagnostics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = "merge",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["mergedFrom"] = string.Join(',', mergedFrom),
        };
        var info = new SegmentInfo(name, plan.MaxDoc, plan.FieldInfos, files, diagnostics, SegmentInfo.NewId());
        SegmentInfoFormat.Write(directory, info);
        return info;
    }

    private static void DeleteSegmentFiles(IndexDirectory directory, string name)
    {
        foreach (string file in directory.ListAll())
        {
            if (IndexFileNames.SegmentOf(file) != name)
            {
                continue;
            }

            try
            {
                directory.DeleteFile(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The merge's own failure is what the caller must see; the writer deletes unreferenced files later.
            }
        }
    }
}

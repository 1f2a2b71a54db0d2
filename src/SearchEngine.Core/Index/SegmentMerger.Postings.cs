using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <content>Norms and postings: the per-document norm bytes are merged first because the postings' impacts need them.</content>
internal static partial class SegmentMerger
{
    /// <summary>Returns, per merged field number, the new segment's norm per document (null for fields without norms).</summary>
    private static byte[]?[] MergeNorms(MergePlan plan)
    {
        var merged = new byte[]?[plan.FieldInfos.Count];
        foreach (FieldInfo field in plan.FieldInfos)
        {
            if (!field.HasNorms)
            {
                continue;
            }

            // Documents of sources without norms for the field keep 0, as a flush gives documents without it.
            byte[] norms = new byte[plan.MaxDoc];
            for (int s = 0; s < plan.Sources.Count; s++)
            {
                FieldInfo? own = plan.SourceField(s, field);
                NormValues? values = own is { HasNorms: true } ? plan.Sources[s].Core.Norms.GetNorms(own) : null;
                if (values is null)
                {
                    continue;
                }

                ReadOnlySpan<byte> old = values.Values;
                int[] docMap = plan.DocMaps[s];
                for (int doc = 0; doc < docMap.Length; doc++)
                {
                    if (docMap[doc] >= 0)
                    {
                        norms[docMap[doc]] = old[doc];
                    }
                }
            }

            merged[field.Number] = norms;
        }

        return merged;
    }

    private static void WriteNorms(IndexDirectory directory, string name, MergePlan plan, byte[]?[] norms)
    {
        using var writer = new NormsWriter(directory, name, plan.MaxDoc);
        foreach (FieldInfo field in plan.FieldInfos)
        {
            if (norms[field.Number] is { } values)
            {
                writer.AddField(field, values);
            }
        }

        writer.Finish();
    }

    private static void WritePostings(IndexDirectory directory, string name, MergePlan plan, byte[]?[] norms)
    {
        // The writer takes fields in ascending ordinal name order, not in field number order.
        var indexed = new List<FieldInfo>();
        foreach (FieldInfo field in plan.FieldInfos)
        {
            if (field.IsIndexed)
            {
                indexed.Add(field);
            }
        }

        indexed.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));

        // One postings enum per source for the whole merge: an enum is reusable only within its own segment.
        var reuse = new PostingsEnum?[plan.Sources.Count];
        using var writer = new InvertedIndexWriter(directory, name, plan.MaxDoc);
        foreach (FieldInfo field in indexed)
        {
            MergeField(writer, plan, field, norms[field.Number] ?? [], reuse);
        }

        writer.Finish();
    }

    /// <summary>
    /// Writes one field's terms: a k-way merge of the sources' term enums by minimum scan, which for the ten or so
    /// segments of a merge costs about what a heap would, without one. Equal terms are written once, with the
    /// postings of each source that has them in source order, so doc ids ascend.
    /// </summary>
    private static void MergeField(InvertedIndexWriter writer, MergePlan plan, FieldInfo field, ReadOnlySpan<byte> norms, PostingsEnum?[] reuse)
    {
        int k = plan.Sources.Count;
        var terms = new TermsEnum?[k];
        var hasPositions = new bool[k];
        var hasOffsets = new bool[k];
        for (int s = 0; s < k; s++)
        {
            Terms? own = plan.SourceField(s, field) is { IsIndexed: true } ? plan.Sources[s].Core.Postings.GetTerms(field.Name) : null;
            if (own is null)
            {
                continue;
            }

            TermsEnum iterator = own.GetIterator();
            terms[s] = iterator.MoveNext() ? iterator : null;
            hasPositions[s] = own.HasPositions;
            hasOffsets[s] = own.HasOffsets;
        }

        PostingsFeatures features = field.HasOffsets ? PostingsFeatures.All
            : field.HasPositions ? PostingsFeatures.Freqs | PostingsFeatures.Positions
            : field.HasFreqs ? PostingsFeatures.Freqs
            : PostingsFeatures.None;
        int[] onMin = new int[k];
        writer.StartField(field, norms);
        while (true)
        {
            // Collect the sources positioned on the smallest term, in source order.
            int count = 0;
            for (int s = 0; s < k; s++)
            {
                if (terms[s] is not { } candidate)
                {
                    continue;
                }

                int order = count == 0 ? -1 : candidate.Term.SequenceCompareTo(terms[onMin[0]]!.Term);
                if (order < 0)
                {
                    count = 0;
                }

                if (order <= 0)
                {
                    onMin[count++] = s;
                }
            }

            if (count == 0)
            {
                break;
            }

            // A term whose documents are all deleted starts no document; the writer then writes nothing for it.
            writer.StartTerm(terms[onMin[0]]!.Term);
            for (int i = 0; i < count; i++)
            {
                int s = onMin[i];
                PostingsEnum postings = terms[s]!.Postings(reuse[s], features);
                reuse[s] = postings;
                CopyPostings(writer, postings, plan.DocMaps[s], field.HasPositions, hasPositions[s], hasOffsets[s]);
            }

            writer.FinishTerm();
            for (int i = 0; i < count; i++)
            {
                int s = onMin[i];
                if (!terms[s]!.MoveNext())
                {
                    terms[s] = null;
                }
            }
        }

        writer.FinishField();
    }

    /// <summary>
    /// Copies one source's postings of the current term, skipping documents that are not live. A source indexed
    /// with fewer options than the merged field (a schema change) gives position 0 and offsets 0..0 for what it
    /// lacks, as the writer rejects the -1 an enum reports for missing data; no schema of ours mixes them.
    /// </summary>
    private static void CopyPostings(InvertedIndexWriter writer, PostingsEnum postings, int[] docMap, bool writePositions, bool sourceHasPositions, bool sourceHasOffsets)
    {
        for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
        {
            int newDoc = docMap[doc];
            if (newDoc < 0)
            {
                continue;
            }

            int freq = postings.Freq;
            writer.StartDoc(newDoc, freq);
            if (writePositions)
            {
                for (int i = 0; i < freq; i++)
                {
                    int position = sourceHasPositions ? postings.NextPosition() : 0;
                    int start = sourceHasOffsets ? postings.StartOffset : 0;
                    int end = sourceHasOffsets ? postings.EndOffset : 0;
                    writer.AddPosition(position, start, end);
                }
            }

            writer.FinishDoc();
        }
    }
}

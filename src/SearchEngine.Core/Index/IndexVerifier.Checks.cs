using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <content>The structural checks of one segment.</content>
internal static partial class IndexVerifier
{
    private static void VerifyPostings(SegmentReader reader, FieldInfo field)
    {
        // The file being decoded, for a decoding failure no check caught.
        string reading = File(reader.Info, "tim");
        try
        {
            VerifyPostings(reader, field, ref reading);
        }
        catch (Exception ex) when (FileBounds.IsDecodingFailure(ex))
        {
            throw FileBounds.Corrupt(reading, ex);
        }
    }

    private static void VerifyPostings(SegmentReader reader, FieldInfo field, ref string reading)
    {
        SegmentInfo info = reader.Info;
        string termsFile = File(info, "tim");
        string file = File(info, "doc");
        string positionsFile = File(info, "pos");
        Terms? terms = reader.GetTerms(field.Name);
        if (terms is null)
        {
            // A field whose every value analyzed to nothing (an empty title) is indexed but has no terms.
            return;
        }

        TermsEnum termsEnum = terms.GetIterator();
        byte[] previous = [];
        bool first = true;
        long termCount = 0;
        long sumDocFreq = 0;
        long sumTotalTermFreq = 0;
        var docsWithField = new Util.FixedBitSet(Math.Max(1, info.MaxDoc));
        PostingsEnum? postings = null;
        PostingsEnum? skipping = null;
        var docIds = new List<int>();
        PostingsFeatures features = field.HasOffsets ? PostingsFeatures.Offsets : field.HasPositions ? PostingsFeatures.Positions : field.HasFreqs ? PostingsFeatures.Freqs : PostingsFeatures.None;
        while (true)
        {
            reading = termsFile;
            if (!termsEnum.MoveNext())
            {
                break;
            }

            ReadOnlySpan<byte> term = termsEnum.Term;
            if (!first && term.SequenceCompareTo(previous) <= 0)
            {
                throw new CorruptIndexException(File(info, "tim"), $"field '{field.Name}': terms out of order at term {termCount}");
            }

            first = false;
            previous = term.ToArray();
            termCount++;
            postings = termsEnum.Postings(postings, features);
            reading = file;
            docIds.Clear();
            int docs = 0;
            long totalFreq = 0;
            int lastDoc = -1;
            for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
            {
                if (doc <= lastDoc || doc >= info.MaxDoc)
                {
                    throw new CorruptIndexException(file, $"field '{field.Name}': doc {doc} after {lastDoc} (max {info.MaxDoc}) at term {termCount}");
                }

                lastDoc = doc;
                docIds.Add(doc);
                docs++;
                docsWithField.Set(doc);
                int freq = postings.Freq;
                if (freq < 1)
                {
                    throw new CorruptIndexException(file, $"field '{field.Name}': frequency {freq} of doc {doc}");
                }

                totalFreq += freq;
                if (field.HasPositions)
                {
                    reading = positionsFile;
                    VerifyPositions(postings, field, info, freq);
                    reading = file;
                }
            }

            reading = termsFile;
            if (docs != termsEnum.DocFreq || (field.HasFreqs && totalFreq != termsEnum.TotalTermFreq))
            {
                throw new CorruptIndexException(file, $"field '{field.Name}': term {termCount} lists {docs} docs / {totalFreq} occurrences, its entry says {termsEnum.DocFreq} / {termsEnum.TotalTermFreq}");
            }

            if (docs > Codecs.Postings.PostingsFormat.BlockSize)
            {
                skipping = termsEnum.Postings(skipping, features);
                reading = file;
                VerifySkipData(skipping, docIds, field, info, termCount);
            }

            sumDocFreq += docs;
            sumTotalTermFreq += field.HasFreqs ? totalFreq : docs;
        }

        int docCount = info.MaxDoc == 0 ? 0 : docsWithField.Cardinality();
        if (termCount != terms.TermCount || sumDocFreq != terms.SumDocFreq || docCount != terms.DocCount
            || (field.HasFreqs && sumTotalTermFreq != terms.SumTotalTermFreq))
        {
            throw new CorruptIndexException(File(info, "tim"), $"field '{field.Name}': statistics disagree with the postings");
        }
    }

    /// <summary>
    /// Walks the skip data with a second enum: every entry must end its block on the block's real last document,
    /// and every other block is reached by a jump through the skip data (so from two blocks back), which must land
    /// on the block's first document with impacts covering its frequency and valid positions.
    /// </summary>
    private static void VerifySkipData(PostingsEnum skipping, List<int> docIds, FieldInfo field, SegmentInfo info, long termNumber)
    {
        const int BlockSize = Codecs.Postings.PostingsFormat.BlockSize;
        string file = File(info, "doc");
        int blocks = (docIds.Count + BlockSize - 1) / BlockSize;
        for (int block = 0; block < blocks; block++)
        {
            int first = docIds[block * BlockSize];
            int last = docIds[Math.Min((block + 1) * BlockSize, docIds.Count) - 1];
            skipping.AdvanceShallow(first);
            int blockEnd = skipping.BlockEndDoc;
            ReadOnlySpan<Impact> impacts = skipping.GetImpacts();
            if (blockEnd != last || impacts.IsEmpty)
            {
                throw new CorruptIndexException(file, $"field '{field.Name}': term {termNumber}'s skip data ends block {block} at doc {blockEnd} ({impacts.Length} impacts), the postings at {last}");
            }

            int best = 0;
            foreach (Impact impact in impacts)
            {
                best = Math.Max(best, impact.Freq);
            }

            if (block % 2 == 1)
            {
                continue;
            }

            int doc = skipping.Advance(first);
            if (doc != first)
            {
                throw new CorruptIndexException(file, $"field '{field.Name}': term {termNumber}'s skip data leads to doc {doc} for block {block}, which starts at {first}");
            }

            int freq = skipping.Freq;
            if (field.HasFreqs && best < freq)
            {
                throw new CorruptIndexException(file, $"field '{field.Name}': term {termNumber}'s impacts allow frequency {best}, doc {doc} has {freq}");
            }

            if (field.HasPositions)
            {
                VerifyPositions(skipping, field, info, freq);
            }
        }
    }

    private static void VerifyPositions(PostingsEnum postings, FieldInfo field, SegmentInfo info, int freq)
    {
        int last = -1;
        for (int i = 0; i < freq; i++)
        {
            int position = postings.NextPosition();
            if (position < last || position < 0)
            {
                throw new CorruptIndexException(File(info, "pos"), $"field '{field.Name}': position {position} after {last}");
            }

            last = position;
            if (field.HasOffsets && (postings.StartOffset < 0 || postings.EndOffset < postings.StartOffset))
            {
                throw new CorruptIndexException(File(info, "pos"), $"field '{field.Name}': offsets {postings.StartOffset}-{postings.EndOffset}");
            }
        }
    }

    private static void VerifyDocValues(SegmentReader reader, FieldInfo field)
    {
        try
        {
            VerifyDocValuesOf(reader, field);
        }
        catch (Exception ex) when (FileBounds.IsDecodingFailure(ex))
        {
            throw FileBounds.Corrupt(File(reader.Info, "dv"), ex);
        }
    }

    private static void VerifyDocValuesOf(SegmentReader reader, FieldInfo field)
    {
        SegmentInfo info = reader.Info;
        if (field.DocValues == DocValuesType.Numeric)
        {
            NumericDocValues values = reader.GetNumericDocValues(field.Name) ?? throw new CorruptIndexException(File(info, "dv"), $"field '{field.Name}' has no numeric doc values");
            for (int doc = 0; doc < info.MaxDoc; doc++)
            {
                values.TryGet(doc, out _);
            }
        }
        else if (field.DocValues == DocValuesType.SortedSet)
        {
            SortedSetDocValues values = reader.GetSortedSetDocValues(field.Name) ?? throw new CorruptIndexException(File(info, "dv"), $"field '{field.Name}' has no sorted-set doc values");
            int[] ordinals = new int[16];
            for (int doc = 0; doc < info.MaxDoc; doc++)
            {
                int count = values.GetOrdinals(doc, ordinals);
                if (count > ordinals.Length)
                {
                    ordinals = new int[count];
                    values.GetOrdinals(doc, ordinals);
                }

                for (int i = 0; i < count; i++)
                {
                    if (ordinals[i] < 0 || ordinals[i] >= values.ValueCount || (i > 0 && ordinals[i] <= ordinals[i - 1]))
                    {
                        throw new CorruptIndexException(File(info, "dv"), $"field '{field.Name}': doc {doc} has ordinal {ordinals[i]} of {values.ValueCount}");
                    }
                }
            }
        }
    }

    private static void VerifyStoredFields(SegmentReader reader)
    {
        var visitor = new CountingVisitor();
        try
        {
            for (int doc = 0; doc < reader.MaxDoc; doc++)
            {
                reader.Document(doc, visitor);
            }
        }
        catch (Exception ex) when (FileBounds.IsDecodingFailure(ex))
        {
            throw FileBounds.Corrupt(File(reader.Info, "fdt"), ex);
        }
    }

    /// <summary>Reads every stored value (forcing decompression of every block) and keeps nothing.</summary>
    private sealed class CountingVisitor : StoredFieldVisitor
    {
        public long Values { get; private set; }

        public override StoredFieldStatus NeedsField(FieldInfo field) => StoredFieldStatus.Yes;

        public override void StringField(FieldInfo field, string value) => Values++;

        public override void Int64Field(FieldInfo field, long value) => Values++;
    }
}

using SearchEngine.Core.Codecs.Postings;

namespace SearchEngine.Core.Index.Inversion;

/// <summary>
/// The in-memory postings of one field of a segment being built: for each distinct term, a stream of
/// (doc delta, freq) entries and a stream of (position delta, offset deltas) entries in a shared
/// <see cref="ByteSlicePool"/>, plus a few integers per term in parallel arrays.
/// </summary>
/// <remarks>
/// <para>
/// Stream grammar, per term (VInt = variable-length int):
/// <code>
/// DocStream  := DocEntry*            (every doc of the term but the last, which waits in lastDoc/termFreq)
/// DocEntry   := VInt(delta &lt;&lt; 1 | freq == 1) VInt(freq)?   (fields with frequencies)
///             | VInt(delta)                              (documents-only fields)
/// ProxStream := (VInt(positionDelta) [VInt(startDelta) VInt(length)])*   (positions and offsets restart per doc)
/// </code>
/// </para>
/// <para>The last document of a term stays in the arrays because its frequency is known only when a later doc
/// arrives or the segment flushes. Adding an occurrence allocates nothing once the arrays have grown.</para>
/// </remarks>
internal sealed class FieldInverter
{
    private readonly ByteSlicePool pool;
    private readonly TermBytesHash terms = new();
    private readonly bool hasFreqs;
    private readonly bool hasPositions;
    private readonly bool hasOffsets;
    private int[] docStart = new int[16];
    private int[] docEnd = new int[16];
    private int[] proxStart = new int[16];
    private int[] proxEnd = new int[16];
    private int[] writtenDoc = new int[16];
    private int[] lastDoc = new int[16];
    private int[] termFreq = new int[16];
    private int[] lastPosition = new int[16];
    private int[] lastOffset = new int[16];

    /// <summary>Initializes an empty field that records what <paramref name="options"/> asks for.</summary>
    public FieldInverter(ByteSlicePool pool, IndexOptions options)
    {
        this.pool = pool;
        hasFreqs = options >= IndexOptions.DocsAndFreqs;
        hasPositions = options >= IndexOptions.DocsAndFreqsAndPositions;
        hasOffsets = options >= IndexOptions.DocsAndFreqsAndPositionsAndOffsets;
    }

    /// <summary>Gets the memory held by the term dictionary and the per-term arrays (the streams are in the pool).</summary>
    public long BytesUsed => terms.BytesUsed + (docStart.Length * 36L);

    /// <summary>Gets the number of distinct terms.</summary>
    public int TermCount => terms.Count;

    /// <summary>Records one occurrence of <paramref name="term"/> in <paramref name="docId"/> (docs arrive in increasing order).</summary>
    public void Add(ReadOnlySpan<byte> term, int docId, int position, int startOffset, int endOffset)
    {
        int id = terms.Add(term, out bool added);
        if (added)
        {
            EnsureCapacity(id + 1);
            docStart[id] = docEnd[id] = pool.NewStream();
            if (hasPositions)
            {
                proxStart[id] = proxEnd[id] = pool.NewStream();
            }

            writtenDoc[id] = 0;
            StartDoc(id, docId);
        }
        else if (lastDoc[id] != docId)
        {
            WriteDocEntry(id);
            StartDoc(id, docId);
        }
        else
        {
            termFreq[id]++;
        }

        if (hasPositions)
        {
            int address = pool.WriteVInt(proxEnd[id], position - lastPosition[id]);
            lastPosition[id] = position;
            if (hasOffsets)
            {
                address = pool.WriteVInt(address, startOffset - lastOffset[id]);
                address = pool.WriteVInt(address, endOffset - startOffset);
                lastOffset[id] = startOffset;
            }

            proxEnd[id] = address;
        }
    }

    /// <summary>
    /// Marks in <paramref name="deleted"/> every document containing <paramref name="term"/> that was added before
    /// the delete numbered <paramref name="deleteSequence"/> (its entry in <paramref name="docSequences"/> is lower).
    /// </summary>
    public void CollectDocs(ReadOnlySpan<byte> term, long deleteSequence, ReadOnlySpan<long> docSequences, Util.FixedBitSet deleted)
    {
        int id = terms.Find(term);
        if (id < 0)
        {
            return;
        }

        var reader = default(ByteSliceReader);
        reader.Reset(pool, docStart[id], docEnd[id]);
        int doc = 0;
        while (!reader.IsAtEnd)
        {
            doc += ReadDoc(ref reader, out _);
            if (docSequences[doc] < deleteSequence)
            {
                deleted.Set(doc);
            }
        }

        if (docSequences[lastDoc[id]] < deleteSequence)
        {
            deleted.Set(lastDoc[id]);
        }
    }

    /// <summary>Writes every term of the field, in byte order, with its postings.</summary>
    public void Flush(InvertedIndexWriter writer, FieldInfo field, ReadOnlySpan<byte> norms)
    {
        writer.StartField(field, norms);
        var docs = default(ByteSliceReader);
        var prox = default(ByteSliceReader);
        foreach (int id in terms.SortedIds())
        {
            writer.StartTerm(terms.Get(id));
            docs.Reset(pool, docStart[id], docEnd[id]);
            if (hasPositions)
            {
                prox.Reset(pool, proxStart[id], proxEnd[id]);
            }

            int doc = 0;
            while (!docs.IsAtEnd)
            {
                doc += ReadDoc(ref docs, out int freq);
                WriteDoc(writer, ref prox, doc, freq);
            }

            WriteDoc(writer, ref prox, lastDoc[id], termFreq[id]);
            writer.FinishTerm();
        }

        writer.FinishField();
    }

    private void StartDoc(int id, int docId)
    {
        lastDoc[id] = docId;
        termFreq[id] = 1;
        lastPosition[id] = 0;
        lastOffset[id] = 0;
    }

    private void WriteDocEntry(int id)
    {
        int delta = lastDoc[id] - writtenDoc[id];
        writtenDoc[id] = lastDoc[id];
        int address = docEnd[id];
        if (hasFreqs)
        {
            int freq = termFreq[id];
            address = pool.WriteVInt(address, (delta << 1) | (freq == 1 ? 1 : 0));
            if (freq != 1)
            {
                address = pool.WriteVInt(address, freq);
            }
        }
        else
        {
            address = pool.WriteVInt(address, delta);
        }

        docEnd[id] = address;
    }

    private int ReadDoc(ref ByteSliceReader reader, out int freq)
    {
        int code = reader.ReadVInt();
        if (!hasFreqs)
        {
            freq = 1;
            return code;
        }

        freq = (code & 1) != 0 ? 1 : reader.ReadVInt();
        return code >>> 1;
    }

    private void WriteDoc(InvertedIndexWriter writer, ref ByteSliceReader prox, int doc, int freq)
    {
        writer.StartDoc(doc, freq);
        if (hasPositions)
        {
            int position = 0;
            int offset = 0;
            for (int i = 0; i < freq; i++)
            {
                position += prox.ReadVInt();
                int start = -1;
                int end = -1;
                if (hasOffsets)
                {
                    start = offset + prox.ReadVInt();
                    end = start + prox.ReadVInt();
                    offset = start;
                }

                writer.AddPosition(position, start, end);
            }
        }

        writer.FinishDoc();
    }

    private void EnsureCapacity(int count)
    {
        if (count <= docStart.Length)
        {
            return;
        }

        int size = docStart.Length * 2;
        Array.Resize(ref docStart, size);
        Array.Resize(ref docEnd, size);
        Array.Resize(ref proxStart, size);
        Array.Resize(ref proxEnd, size);
        Array.Resize(ref writtenDoc, size);
        Array.Resize(ref lastDoc, size);
        Array.Resize(ref termFreq, size);
        Array.Resize(ref lastPosition, size);
        Array.Resize(ref lastOffset, size);
    }
}

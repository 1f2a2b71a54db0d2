using System.Globalization;
using System.Text;
using SearchEngine.Analysis;
using SearchEngine.Core.Codecs.DocValues;
using SearchEngine.Core.Codecs.LiveDocs;
using SearchEngine.Core.Codecs.Norms;
using SearchEngine.Core.Codecs.Postings;
using SearchEngine.Core.Codecs.StoredFields;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index.Inversion;

/// <summary>
/// Builds one new segment in memory from added documents and writes it to the directory on <see cref="Flush"/>;
/// used by one indexing thread at a time (Lucene's DocumentsWriterPerThread).
/// </summary>
/// <remarks>
/// Stored fields stream to disk as documents arrive; postings, norms and doc values stay in memory until the
/// flush. Every document records the writer's delete sequence number when it was added; a delete by term
/// applies to the buffered documents added before it (a lower number), so an update (delete + add) never
/// deletes its own new document, and deletes never need to lock a buffer another thread is filling.
/// </remarks>
internal sealed class SegmentBuilder : IDisposable
{
    private readonly IndexDirectory directory;
    private readonly ByteSlicePool pool = new();
    private readonly Dictionary<string, FieldBuffer> fields = new(StringComparer.Ordinal);
    private readonly List<FieldBuffer> fieldsByNumber = [];
    private readonly List<(Term Term, long Sequence)> localDeletes = [];
    private long[] docSequences = new long[64];
    private long maxSequence;
    private readonly List<int> failedDocs = [];
    private readonly StoredFieldsWriter storedFields;
    private byte[] termBytes = new byte[256];
    private bool finished;

    /// <summary>Starts segment <paramref name="segmentName"/> in <paramref name="directory"/>.</summary>
    public SegmentBuilder(IndexDirectory directory, string segmentName)
    {
        this.directory = directory;
        Name = segmentName;
        storedFields = new StoredFieldsWriter(directory, segmentName);
    }

    /// <summary>Gets the segment name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of documents added.</summary>
    public int NumDocs { get; private set; }

    /// <summary>Gets an estimate of the memory the buffered segment holds.</summary>
    public long BytesUsed { get; private set; }

    /// <summary>Adds a document after every delete recorded so far; its id in the segment is the current <see cref="NumDocs"/>.</summary>
    public void AddDocument(Document document) => AddDocument(document, maxSequence);

    /// <summary>
    /// Adds a document that the writer's deletes numbered up to <paramref name="sequence"/> came before (later
    /// deletes, numbered higher, apply to it); its id in the segment is the current <see cref="NumDocs"/>.
    /// </summary>
    public void AddDocument(Document document, long sequence)
    {
        int docId = NumDocs;
        if (docId == docSequences.Length)
        {
            Array.Resize(ref docSequences, docId * 2);
        }

        docSequences[docId] = sequence;
        maxSequence = Math.Max(maxSequence, sequence);
        storedFields.StartDocument();
        try
        {
            foreach (Field field in document)
            {
                FieldBuffer buffer = GetField(field.Name);
                buffer.Accept(field);
                switch (field.Kind)
                {
                    case FieldKind.Text:
                        Invert(buffer, field, docId);
                        break;
                    case FieldKind.Keyword:
                        AddKeyword(buffer, field.StringValue!, docId);
                        break;
                    case FieldKind.NumericDocValues:
                        buffer.SetNumber(docId, field.Number);
                        break;
                    case FieldKind.SortedSetDocValues:
                        buffer.AddValue(docId, field.StringValue!);
                        break;
                }

                if (field.IsStored)
                {
                    FieldInfo info = buffer.ToFieldInfo();
                    if (field.StringValue is not null)
                    {
                        storedFields.WriteString(info, field.StringValue);
                    }
                    else
                    {
                        storedFields.WriteInt64(info, field.Number);
                    }
                }
            }

            FinishNorms(docId);
        }
        finally
        {
            // The document keeps its number even if a field failed half-way: the stored fields writer has
            // started it, so it is marked deleted below rather than left out.
            storedFields.FinishDocument();
            NumDocs++;
        }

        BytesUsed = pool.BytesUsed + (termBytes.Length * 2L) + SumFieldBytes();
    }

    /// <summary>Records a delete of every document added so far that contains <paramref name="term"/>.</summary>
    public void DeleteByTerm(Term term) => localDeletes.Add((term, ++maxSequence));

    /// <summary>Marks a document added so far as deleted (a document whose indexing failed half-way).</summary>
    public void DeleteDocument(int docId) => failedDocs.Add(docId);

    /// <summary>
    /// Writes the segment's files and returns its description with the documents deleted while buffered (by
    /// <see cref="DeleteByTerm"/> and by <paramref name="writerDeletes"/>, each applying to the documents added
    /// before it), or null when no document was added (nothing is written then).
    /// </summary>
    public FlushedSegment? Flush(IReadOnlyList<(Term Term, long Sequence)>? writerDeletes = null)
    {
        finished = true;
        if (NumDocs == 0)
        {
            storedFields.Dispose();
            DeleteFiles();
            return null;
        }

        int maxDoc = NumDocs;
        storedFields.Finish(maxDoc);
        storedFields.Dispose();

        var infos = new List<FieldInfo>(fieldsByNumber.Count);
        foreach (FieldBuffer buffer in fieldsByNumber)
        {
            infos.Add(buffer.ToFieldInfo());
        }

        var fieldInfos = new FieldInfos(infos);
        WritePostingsAndNorms(fieldInfos, maxDoc);
        WriteDocValues(fieldInfos, maxDoc);

        FixedBitSet? deleted = CollectDeletes(maxDoc, writerDeletes ?? []);
        var files = new List<string>();
        foreach (string file in directory.ListAll())
        {
            if (IndexFileNames.SegmentOf(file) == Name && !file.EndsWith(".liv", StringComparison.Ordinal))
            {
                files.Add(file);
            }
        }

        files.Add(IndexFileNames.SegmentFile(Name, SegmentInfoFormat.Extension));
        var diagnostics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = "flush",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        var info = new SegmentInfo(Name, maxDoc, fieldInfos, files, diagnostics, SegmentInfo.NewId());
        SegmentInfoFormat.Write(directory, info);
        return new FlushedSegment(info, deleted);
    }

    /// <summary>Discards the segment: deletes whatever files it has written.</summary>
    public void Dispose()
    {
        if (!finished)
        {
            finished = true;
            storedFields.Dispose();
            DeleteFiles();
        }
    }

    private void Invert(FieldBuffer buffer, Field field, int docId)
    {
        if (buffer.LastDoc != docId)
        {
            buffer.LastDoc = docId;
            buffer.Position = -1;
            buffer.OffsetBase = 0;
            buffer.Length = 0;
        }

        Analyzer analyzer = field.Analyzer!;
        string text = field.StringValue!;
        TokenStream stream = analyzer.GetTokenStream(text);
        TokenAttributes token = stream.Attributes;
        int position = buffer.Position;
        int offsetBase = buffer.OffsetBase;
        FieldInverter inverter = buffer.Inverter!;
        while (stream.IncrementToken())
        {
            position += token.PositionIncrement;
            if (token.PositionIncrement > 0)
            {
                buffer.Length++;
            }

            int length = EncodeTerm(token.Term);
            inverter.Add(termBytes.AsSpan(0, length), docId, position, offsetBase + token.StartOffset, offsetBase + token.EndOffset);
        }

        // A repeated value continues the positions and the offsets (one character apart), as in Lucene.
        buffer.Position = position;
        buffer.OffsetBase = offsetBase + text.Length + 1;
    }

    private void AddKeyword(FieldBuffer buffer, string value, int docId)
    {
        int length = EncodeTerm(value);
        buffer.Inverter!.Add(termBytes.AsSpan(0, length), docId, 0, -1, -1);
    }

    private int EncodeTerm(ReadOnlySpan<char> term)
    {
        int max = Encoding.UTF8.GetMaxByteCount(term.Length);
        if (max > termBytes.Length)
        {
            termBytes = new byte[Math.Max(max, termBytes.Length * 2)];
        }

        return Encoding.UTF8.GetBytes(term, termBytes);
    }

    private void FinishNorms(int docId)
    {
        foreach (FieldBuffer buffer in fieldsByNumber)
        {
            if (buffer.HasNorms && buffer.LastDoc == docId)
            {
                buffer.SetNorm(docId, SmallFloat.IntToByte4(buffer.Length));
            }
        }
    }

    private void WritePostingsAndNorms(FieldInfos fieldInfos, int maxDoc)
    {
        var indexed = new List<FieldBuffer>();
        foreach (FieldBuffer buffer in fieldsByNumber)
        {
            if (buffer.Inverter is not null)
            {
                indexed.Add(buffer);
            }
        }

        indexed.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        using (var postings = new InvertedIndexWriter(directory, Name, maxDoc))
        {
            foreach (FieldBuffer buffer in indexed)
            {
                ReadOnlySpan<byte> norms = buffer.HasNorms ? buffer.Norms(maxDoc).AsSpan(0, maxDoc) : [];
                buffer.Inverter!.Flush(postings, fieldInfos[buffer.Number], norms);
            }

            postings.Finish();
        }

        using var normsWriter = new NormsWriter(directory, Name, maxDoc);
        foreach (FieldBuffer buffer in fieldsByNumber)
        {
            if (buffer.HasNorms)
            {
                normsWriter.AddField(fieldInfos[buffer.Number], buffer.Norms(maxDoc).AsSpan(0, maxDoc));
            }
        }

        normsWriter.Finish();
    }

    private void WriteDocValues(FieldInfos fieldInfos, int maxDoc)
    {
        using var writer = new DocValuesWriter(directory, Name, maxDoc);
        foreach (FieldBuffer buffer in fieldsByNumber)
        {
            if (buffer.DocValues == DocValuesType.Numeric)
            {
                (long[] values, FixedBitSet docs) = buffer.Numbers(maxDoc);
                writer.AddNumericField(fieldInfos[buffer.Number], values.AsSpan(0, maxDoc), docs);
            }
            else if (buffer.DocValues == DocValuesType.SortedSet)
            {
                (string[] sorted, int[] starts, int[] ordinals) = buffer.SortedSet(maxDoc);
                writer.AddSortedSetField(fieldInfos[buffer.Number], sorted, starts, ordinals);
            }
        }

        writer.Finish();
    }

    private FixedBitSet? CollectDeletes(int maxDoc, IReadOnlyList<(Term Term, long Sequence)> writerDeletes)
    {
        if (localDeletes.Count == 0 && writerDeletes.Count == 0 && failedDocs.Count == 0)
        {
            return null;
        }

        var deleted = new FixedBitSet(maxDoc);
        foreach (int doc in failedDocs)
        {
            deleted.Set(doc);
        }

        ReadOnlySpan<long> sequences = docSequences.AsSpan(0, maxDoc);
        foreach ((Term term, long sequence) in localDeletes.Concat(writerDeletes))
        {
            if (fields.TryGetValue(term.Field, out FieldBuffer? buffer) && buffer.Inverter is not null)
            {
                int length = EncodeTerm(term.Text);
                buffer.Inverter.CollectDocs(termBytes.AsSpan(0, length), sequence, sequences, deleted);
            }
        }

        return deleted.Cardinality() == 0 ? null : deleted;
    }

    private FieldBuffer GetField(string name)
    {
        if (!fields.TryGetValue(name, out FieldBuffer? buffer))
        {
            buffer = new FieldBuffer(name, fieldsByNumber.Count, pool);
            fields.Add(name, buffer);
            fieldsByNumber.Add(buffer);
        }

        return buffer;
    }

    private long SumFieldBytes()
    {
        long sum = 0;
        foreach (FieldBuffer buffer in fieldsByNumber)
        {
            sum += buffer.BytesUsed;
        }

        return sum;
    }

    private void DeleteFiles()
    {
        foreach (string file in directory.ListAll())
        {
            if (IndexFileNames.SegmentOf(file) == Name)
            {
                directory.DeleteFile(file);
            }
        }
    }
}

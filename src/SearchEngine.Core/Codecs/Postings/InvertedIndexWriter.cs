using SearchEngine.Core.Index;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Codecs.Postings;

/// <summary>
/// Writes the inverted index of one segment (term dictionary, terms index, postings, positions) from a stream
/// of fields, terms, documents and positions, all in ascending order; used when the in-memory indexer flushes a
/// segment and when segments are merged.
/// </summary>
/// <remarks>
/// <para>Call order: <c>(StartField (StartTerm (StartDoc AddPosition* FinishDoc)* FinishTerm)* FinishField)*
/// Finish</c>, then <see cref="Dispose"/>. Fields come in ascending ordinal name order, terms in ascending UTF-8
/// byte order, documents ascending, positions not decreasing; a violation throws (an indexer bug must not
/// produce an unreadable segment). A term with no documents writes nothing, and so does a field with no terms.</para>
/// <para>Files (grammars in docs/FORMAT.md, <see cref="TermsWriter"/> and <see cref="PostingsWriter"/>):
/// <c>.tip</c> terms index and field statistics, <c>.tim</c> term blocks, <c>.doc</c> documents, frequencies,
/// skip data and impacts, <c>.pos</c> positions and offsets. Each has the <see cref="CodecUtil"/> header and
/// footer. Disposing without <see cref="Finish"/> leaves incomplete files, which the caller deletes.</para>
/// </remarks>
internal sealed class InvertedIndexWriter : IDisposable
{
    private readonly IndexOutput tipOut;
    private readonly IndexOutput timOut;
    private readonly IndexOutput docOut;
    private readonly IndexOutput posOut;
    private readonly string[] files;
    private readonly int maxDoc;
    private readonly TermsWriter terms;
    private readonly PostingsWriter postings;
    private readonly ulong[] docsWithField;
    private State state;
    private FieldInfo? field;
    private string? lastFieldName;
    private byte[] term = new byte[64];
    private int termLength = -1;
    private long termCount;
    private long sumDocFreq;
    private long sumTotalTermFreq;
    private int docCount;
    private bool disposed;

    /// <summary>Creates the four files of <paramref name="segmentName"/> in <paramref name="directory"/> for a segment of <paramref name="maxDoc"/> documents.</summary>
    public InvertedIndexWriter(IndexDirectory directory, string segmentName, int maxDoc)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrEmpty(segmentName);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDoc);
        this.maxDoc = maxDoc;
        files = PostingsFormat.FileNames(segmentName);
        var outputs = new IndexOutput[files.Length];
        try
        {
            string[] codecs = [PostingsFormat.TermsIndexCodec, PostingsFormat.TermsCodec, PostingsFormat.DocsCodec, PostingsFormat.PositionsCodec];
            for (int i = 0; i < files.Length; i++)
            {
                outputs[i] = directory.CreateOutput(files[i]);
                CodecUtil.WriteHeader(outputs[i], codecs[i], PostingsFormat.VersionCurrent);
            }
        }
        catch
        {
            foreach (IndexOutput? output in outputs)
            {
                output?.Dispose();
            }

            throw;
        }

        (tipOut, timOut, docOut, posOut) = (outputs[0], outputs[1], outputs[2], outputs[3]);
        terms = new TermsWriter(timOut);
        postings = new PostingsWriter(docOut, posOut, maxDoc);
        docsWithField = new ulong[(maxDoc + 63) >> 6];
    }

    private enum State
    {
        BetweenFields,
        InField,
        InTerm,
        InDoc,
        Finished,
    }

    /// <summary>Gets the names of the files this writer creates (so the caller can sync, list or delete them).</summary>
    public IReadOnlyList<string> Files => files;

    /// <summary>
    /// Starts a field; <paramref name="norms"/> holds one length norm byte per document when the field has norms
    /// (used for the impacts of each block) and is empty otherwise.
    /// </summary>
    public void StartField(FieldInfo field, ReadOnlySpan<byte> norms)
    {
        ArgumentNullException.ThrowIfNull(field);
        Expect(State.BetweenFields);
        if (!field.IsIndexed)
        {
            throw new ArgumentException($"Field '{field.Name}' is not indexed.", nameof(field));
        }

        if (lastFieldName is not null && string.CompareOrdinal(field.Name, lastFieldName) <= 0)
        {
            throw new ArgumentException($"Field '{field.Name}' comes after '{lastFieldName}'; fields must be in ascending ordinal name order.", nameof(field));
        }

        postings.StartField(field, norms);
        terms.StartField(field);
        this.field = field;
        lastFieldName = field.Name;
        termLength = -1;
        termCount = 0;
        sumDocFreq = 0;
        sumTotalTermFreq = 0;
        docCount = 0;
        Array.Clear(docsWithField);
        state = State.InField;
    }

    /// <summary>Starts a term, which must be greater (in UTF-8 byte order) than the field's previous term.</summary>
    public void StartTerm(ReadOnlySpan<byte> termUtf8)
    {
        Expect(State.InField);
        if (termLength >= 0 && termUtf8.SequenceCompareTo(term.AsSpan(0, termLength)) <= 0)
        {
            throw new ArgumentException($"Terms of field '{field!.Name}' must ascend in UTF-8 byte order.", nameof(termUtf8));
        }

        if (term.Length < termUtf8.Length)
        {
            term = new byte[Math.Max(termUtf8.Length, term.Length * 2)];
        }

        termUtf8.CopyTo(term);
        termLength = termUtf8.Length;
        postings.StartTerm();
        state = State.InTerm;
    }

    /// <summary>Starts a document of the current term; <paramref name="freq"/> is ignored (taken as 1) for a field without frequencies.</summary>
    public void StartDoc(int docId, int freq)
    {
        Expect(State.InTerm);
        postings.StartDoc(docId, freq);
        ref ulong word = ref docsWithField[docId >> 6];
        ulong bit = 1UL << docId;
        if ((word & bit) == 0)
        {
            word |= bit;
            docCount++;
        }

        state = State.InDoc;
    }

    /// <summary>Adds a position of the current document (fields with positions only); offsets are kept when the field has offsets.</summary>
    public void AddPosition(int position, int startOffset, int endOffset)
    {
        Expect(State.InDoc);
        if (!field!.HasPositions)
        {
            throw new InvalidOperationException($"Field '{field.Name}' does not index positions.");
        }

        postings.AddPosition(position, startOffset, endOffset);
    }

    /// <summary>Finishes the current document.</summary>
    public void FinishDoc()
    {
        Expect(State.InDoc);
        postings.FinishDoc();
        state = State.InTerm;
    }

    /// <summary>Finishes the current term; a term without documents writes nothing.</summary>
    public void FinishTerm()
    {
        Expect(State.InTerm);
        if (postings.FinishTerm(out TermInfo info))
        {
            terms.AddTerm(term.AsSpan(0, termLength), info);
            termCount++;
            sumDocFreq += info.DocFreq;
            sumTotalTermFreq += info.TotalTermFreq;
        }

        state = State.InField;
    }

    /// <summary>Finishes the current field and records its statistics; a field without terms is left out.</summary>
    public void FinishField()
    {
        Expect(State.InField);
        if (termCount > 0)
        {
            terms.FinishField(field!, termCount, sumDocFreq, sumTotalTermFreq, docCount);
        }

        field = null;
        state = State.BetweenFields;
    }

    /// <summary>Writes the terms index with the field statistics, and every file's footer; then call <see cref="Dispose"/>.</summary>
    public void Finish()
    {
        Expect(State.BetweenFields);
        terms.WriteIndex(tipOut, timOut.Position, docOut.Position, posOut.Position);
        foreach (IndexOutput output in (IndexOutput[])[tipOut, timOut, docOut, posOut])
        {
            CodecUtil.WriteFooter(output, PostingsFormat.VersionCurrent);
            output.Dispose();
        }

        state = State.Finished;
    }

    /// <summary>Closes the files (complete only after <see cref="Finish"/>).</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        tipOut.Dispose();
        timOut.Dispose();
        docOut.Dispose();
        posOut.Dispose();
    }

    private void Expect(State expected)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (state != expected)
        {
            throw new InvalidOperationException($"{expected} expected, but the writer is {state}; see the call order in the writer's remarks.");
        }
    }
}

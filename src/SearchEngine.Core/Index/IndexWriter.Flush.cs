using System.Text;
using SearchEngine.Core.Documents;
using SearchEngine.Core.Index.Inversion;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <content>Buffering documents per thread, writing buffers as segments, and applying buffered deletes.</content>
internal sealed partial class IndexWriter
{
    private readonly HashSet<string> flushingSegmentNames = new(StringComparer.Ordinal);

    private long RamBudgetBytes => (long)(Config.RamBufferSizeMB * 1024 * 1024);

    private void Add(Document document)
    {
        SegmentBuilder builder;
        try
        {
            builder = CheckoutBuilder();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An update's delete is already buffered: without its document the writer's state is half a change.
            OnTragedy(ex);
            throw;
        }

        bool returned = false;
        try
        {
            lock (builder)
            {
                int docId = builder.NumDocs;
                try
                {
                    builder.AddDocument(document, Interlocked.Read(ref deleteSequence));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The buffer's stored fields file is torn: nothing buffered can be flushed whole any more.
                    OnTragedy(ex);
                    throw;
                }
                catch
                {
                    // The document has a number and perhaps some postings: delete it, keep the rest.
                    builder.DeleteDocument(docId);
                    throw;
                }
            }

            if (BufferedBytes() > RamBudgetBytes)
            {
                returned = true;
                FlushBuilder(builder);
            }
        }
        finally
        {
            if (!returned)
            {
                ReturnBuilder(builder);
            }
        }
    }

    private void BufferDelete(Term term)
    {
        // Buffers resolve the delete against their documents' sequence numbers when they flush, so no buffer
        // (which another thread may be filling) is locked here.
        lock (sync)
        {
            bufferedDeletes.Add((term, Interlocked.Increment(ref deleteSequence)));
        }
    }

    private SegmentBuilder CheckoutBuilder()
    {
        lock (sync)
        {
            if (freeBuilders.TryPop(out SegmentBuilder? builder))
            {
                return builder;
            }

            // Created under the lock: the builder writes its stored fields file at once, and file deletion
            // must already know the segment name then.
            var created = new SegmentBuilder(Directory, NewSegmentName());
            builders.Add(created);
            return created;
        }
    }

    private void ReturnBuilder(SegmentBuilder builder)
    {
        lock (sync)
        {
            if (builders.Contains(builder))
            {
                freeBuilders.Push(builder);
            }
        }
    }

    private long BufferedBytes()
    {
        lock (sync)
        {
            long sum = 0;
            foreach (SegmentBuilder builder in builders)
            {
                sum += builder.BytesUsed;
            }

            return sum;
        }
    }

    /// <summary>Writes one buffer as a segment and adds it to the writer's segments.</summary>
    private void FlushBuilder(SegmentBuilder builder)
    {
        long appliedSequence;
        List<(Term Term, long Sequence)> deletes;
        lock (sync)
        {
            // From here on deletes no longer reach the buffer; those with a later sequence number apply to
            // the written segment instead, so none is lost and none is applied twice.
            builders.Remove(builder);
            appliedSequence = deleteSequence;
            deletes = [.. bufferedDeletes];

            // Its files are being written outside the lock: file deletion must leave them alone.
            flushingSegmentNames.Add(builder.Name);
        }

        FlushedSegment? flushed;
        lock (builder)
        {
            try
            {
                flushed = builder.Flush(deletes);
            }
            catch (Exception ex)
            {
                // The builder's files are deleted by Dispose below; nothing of the failed flush survives, so the
                // buffered documents are lost and the writer must not commit without them.
                OnTragedy(ex);
                lock (sync)
                {
                    flushingSegmentNames.Remove(builder.Name);
                }

                throw;
            }
            finally
            {
                builder.Dispose();
            }
        }

        if (flushed is null)
        {
            lock (sync)
            {
                flushingSegmentNames.Remove(builder.Name);
            }

            return;
        }

        var segment = new WriterSegment(flushed.Info, 0, 0, appliedSequence);
        if (flushed.Deleted is FixedBitSet deleted)
        {
            var live = new FixedBitSet(flushed.Info.MaxDoc);
            live.SetAll();
            for (int doc = deleted.NextSetBit(0); doc >= 0 && doc < flushed.Info.MaxDoc; doc = doc + 1 < flushed.Info.MaxDoc ? deleted.NextSetBit(doc + 1) : -1)
            {
                live.Clear(doc);
            }

            segment.LiveDocs = live;
            segment.DeleteCount = deleted.Cardinality();
            segment.LiveDocsDirty = true;
        }

        lock (sync)
        {
            segments.Add(segment);
            flushingSegmentNames.Remove(builder.Name);
        }

        MaybeMerge();
    }

    /// <summary>Writes every buffer as a segment (callers hold the commit lock for writing).</summary>
    private void FlushAllBuilders()
    {
        List<SegmentBuilder> all;
        lock (sync)
        {
            all = [.. builders];
            freeBuilders.Clear();
        }

        foreach (SegmentBuilder builder in all)
        {
            FlushBuilder(builder);
        }
    }

    /// <summary>Applies buffered deletes to every written segment that has not seen them (callers hold <see cref="sync"/>).</summary>
    private void ApplyDeletes(IEnumerable<WriterSegment> targets)
    {
        if (bufferedDeletes.Count == 0)
        {
            return;
        }

        byte[] scratch = [];
        foreach (WriterSegment segment in targets)
        {
            if (segment.AppliedDeleteSequence >= deleteSequence)
            {
                continue;
            }

            SegmentCore core = segment.Core(Directory);
            foreach ((Term term, long sequence) in bufferedDeletes)
            {
                if (sequence <= segment.AppliedDeleteSequence)
                {
                    continue;
                }

                Terms? terms = core.Postings.GetTerms(term.Field);
                if (terms is null)
                {
                    continue;
                }

                int length = Encoding.UTF8.GetByteCount(term.Text);
                if (scratch.Length < length)
                {
                    scratch = new byte[length];
                }

                Encoding.UTF8.GetBytes(term.Text, scratch);
                TermsEnum termsEnum = terms.GetIterator();
                if (!termsEnum.SeekExact(scratch.AsSpan(0, length)))
                {
                    continue;
                }

                PostingsEnum postings = termsEnum.Postings(null, PostingsFeatures.None);
                for (int doc = postings.NextDoc(); doc != PostingsEnum.NoMoreDocs; doc = postings.NextDoc())
                {
                    segment.Delete(Directory, doc);
                }
            }

            segment.AppliedDeleteSequence = deleteSequence;
        }
    }
}

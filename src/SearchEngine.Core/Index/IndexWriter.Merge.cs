using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <content>Background merges chosen by the merge policy, and carrying deletes that arrive during a merge over to its result.</content>
internal sealed partial class IndexWriter
{
    private readonly HashSet<string> mergingSegmentNames = new(StringComparer.Ordinal);
    private readonly List<Task> runningMerges = [];
    private Exception? mergeFailure;

    /// <summary>Gets the last merge failure, if a background merge failed (the index stays as it was before that merge).</summary>
    public Exception? MergeFailure
    {
        get
        {
            lock (sync)
            {
                return mergeFailure;
            }
        }
    }

    /// <summary>Merges until at most <paramref name="maxSegments"/> segments remain, waiting for the merges (not committing).</summary>
    public void ForceMerge(int maxSegments = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        commitLock.EnterWriteLock();
        try
        {
            ThrowIfDisposed();
            FlushAllBuilders();
        }
        finally
        {
            commitLock.ExitWriteLock();
        }

        WaitForMerges();
        while (true)
        {
            List<WriterSegment>? sources = null;
            lock (sync)
            {
                if (segments.Count <= maxSegments)
                {
                    return;
                }

                // A background merge may have started since the wait (a finished merge asks the policy again): a
                // segment must never be merged twice at once, or its documents would come back twice.
                if (!segments.Exists(segment => segment.Merging))
                {
                    sources = [.. segments.Take(Math.Min(segments.Count, segments.Count - maxSegments + 1))];
                    foreach (WriterSegment segment in sources)
                    {
                        segment.Merging = true;
                    }
                }
            }

            if (sources is null)
            {
                WaitForMerges();
                continue;
            }

            if (RunMerge(sources) is Exception failure)
            {
                throw new IOException("A forced merge failed: " + failure.Message, failure);
            }
        }
    }

    /// <summary>Waits until no merge is running.</summary>
    public void WaitForMerges()
    {
        while (true)
        {
            Task[] running;
            lock (sync)
            {
                running = [.. runningMerges];
            }

            if (running.Length == 0)
            {
                return;
            }

            Task.WaitAll(running);
        }
    }

    private void MaybeMerge()
    {
        if (!Config.MergeInBackground)
        {
            return;
        }

        lock (sync)
        {
            if (disposed)
            {
                return;
            }

            var sizes = new List<(string Name, long Bytes)>(segments.Count);
            var merging = new HashSet<string>(StringComparer.Ordinal);
            foreach (WriterSegment segment in segments)
            {
                sizes.Add((segment.Info.Name, EstimateLiveBytes(segment)));
                if (segment.Merging)
                {
                    merging.Add(segment.Info.Name);
                }
            }

            foreach (IReadOnlyList<string> names in Config.MergePolicy.FindMerges(sizes, merging))
            {
                var sources = new List<WriterSegment>(names.Count);
                foreach (WriterSegment segment in segments)
                {
                    if (names.Contains(segment.Info.Name))
                    {
                        segment.Merging = true;
                        sources.Add(segment);
                    }
                }

                Task task = null!;
                task = Task.Run(() =>
                {
                    bool merged = false;
                    try
                    {
                        merged = RunMerge(sources) is null;
                    }
                    finally
                    {
                        lock (sync)
                        {
                            runningMerges.Remove(task);
                        }

                        // A failed merge is not retried at once (a full or failing disk would spin); the next flush
                        // asks the policy again.
                        if (merged)
                        {
                            MaybeMerge();
                        }
                    }
                });
                runningMerges.Add(task);
            }
        }
    }

    /// <summary>Merges <paramref name="sources"/> into one new segment; returns the failure that left them as they were, or null.</summary>
    private Exception? RunMerge(List<WriterSegment> sources)
    {
        string name = NewSegmentName();
        var inputs = new List<MergeSource>(sources.Count);
        try
        {
            lock (sync)
            {
                mergingSegmentNames.Add(name);
                ApplyDeletes(sources);
                foreach (WriterSegment source in sources)
                {
                    FixedBitSet? live = source.LoadLiveDocs(Directory)?.Clone();
                    SegmentCore core = source.Core(Directory);
                    core.IncRef();
                    inputs.Add(new MergeSource(core, live));
                }
            }

            MergedSegment merged = SegmentMerger.Merge(Directory, name, inputs);
            lock (sync)
            {
                if (disposed)
                {
                    return null;
                }

                ApplyDeletes(sources);
                var result = new WriterSegment(merged.Info, 0, 0, deleteSequence);
                for (int i = 0; i < sources.Count; i++)
                {
                    CarryOverDeletes(sources[i], inputs[i].LiveDocs, merged.DocMaps[i], result);
                }

                int at = segments.IndexOf(sources[0]);
                foreach (WriterSegment source in sources)
                {
                    segments.Remove(source);
                    source.Release();
                }

                segments.Insert(Math.Min(at, segments.Count), result);
                DeleteUnusedFiles();
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            lock (sync)
            {
                mergeFailure = ex;
                foreach (WriterSegment source in sources)
                {
                    source.Merging = false;
                }
            }

            return ex;
        }
        finally
        {
            foreach (MergeSource input in inputs)
            {
                input.Core.DecRef();
            }

            lock (sync)
            {
                mergingSegmentNames.Remove(name);
                if (!disposed)
                {
                    DeleteUnusedFiles();
                }
            }
        }
    }

    /// <summary>Deletes in the merged segment the documents deleted in a source while the merge ran.</summary>
    private void CarryOverDeletes(WriterSegment source, FixedBitSet? liveAtStart, int[] docMap, WriterSegment merged)
    {
        FixedBitSet? liveNow = source.LoadLiveDocs(Directory);
        if (liveNow is null)
        {
            return;
        }

        for (int doc = 0; doc < source.Info.MaxDoc; doc++)
        {
            if (!liveNow.Get(doc) && (liveAtStart is null || liveAtStart.Get(doc)) && docMap[doc] >= 0)
            {
                merged.Delete(Directory, docMap[doc]);
            }
        }
    }

    private long EstimateLiveBytes(WriterSegment segment)
    {
        long bytes = 0;
        foreach (string file in segment.Info.Files)
        {
            try
            {
                bytes += Directory.FileLength(file);
            }
            catch (IOException)
            {
                // A file of a segment merged away concurrently; the estimate only steers merging.
            }
        }

        int maxDoc = Math.Max(1, segment.Info.MaxDoc);
        return bytes * (maxDoc - segment.DeleteCount) / maxDoc;
    }
}

using System.Globalization;
using SearchEngine.Core.Codecs.LiveDocs;
using SearchEngine.Core.Index.Inversion;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Index;

/// <content>Commits and the deletion of files nothing uses any more.</content>
internal sealed partial class IndexWriter
{
    private readonly HashSet<string> syncedFiles = new(StringComparer.Ordinal);

    // Per segment, the highest deletions generation this writer has written: never written twice, even once deleted.
    private readonly Dictionary<string, long> liveDocsGenerations = new(StringComparer.Ordinal);

    /// <summary>The highest generation a commit of this writer tried (or that it opened); never reused.</summary>
    private long lastAttemptedGeneration;

    /// <summary>
    /// A commit that failed after its commit point was renamed into place and could not be rolled back for sure:
    /// a crash may bring it back, so its files are kept until a later commit is durable.
    /// </summary>
    private CommitPoint? inDoubtCommit;

    /// <summary>
    /// Makes every change so far durable and visible to newly opened readers, as one atomic step; returns the
    /// new commit. <paramref name="userData"/> is stored with the commit.
    /// </summary>
    public CommitPoint Commit(IReadOnlyDictionary<string, string>? userData = null)
    {
        commitLock.EnterWriteLock();
        try
        {
            ThrowIfDisposed();
            FlushAllBuilders();
            lock (sync)
            {
                ApplyDeletes(segments);
                bufferedDeletes.Clear();
                foreach (WriterSegment segment in segments)
                {
                    if (segment.LiveDocsDirty)
                    {
                        WriteLiveDocs(segment);
                    }
                }

                var infos = new List<SegmentCommitInfo>(segments.Count);
                foreach (WriterSegment segment in segments)
                {
                    infos.Add(segment.ToCommitInfo());
                }

                var data = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                };
                if (userData is not null)
                {
                    foreach ((string key, string value) in userData)
                    {
                        data[key] = value;
                    }
                }

                // A failed attempt's generation is never reused: a reader may have opened that commit point.
                long generation = Math.Max(CommitPointFormat.LatestGeneration(Directory), Math.Max(lastCommit?.Generation ?? 0, lastAttemptedGeneration)) + 1;
                lastAttemptedGeneration = generation;
                var commit = new CommitPoint(generation, infos, nextSegmentCounter, data, SegmentInfo.NewId());

                // Phase one: every file the commit names is durable before the commit point exists. A file counts
                // as synced only once its fsync returned: after a failed fsync the next commit syncs it again.
                foreach (string file in commit.Files())
                {
                    if (file != commit.FileName && !syncedFiles.Contains(file))
                    {
                        Directory.Sync([file]);
                        syncedFiles.Add(file);
                    }
                }

                // Phase two: the commit point, atomically, and only while the index is still this writer's.
                try
                {
                    writeLock.EnsureValid();
                }
                catch (LockLostException ex)
                {
                    OnTragedy(ex);
                    throw;
                }

                try
                {
                    CommitPointFormat.Write(Directory, commit);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    RollBackCommitPoint(commit);
                    throw;
                }

                // Only now, with the new commit durable, may the files of the previous one go.
                lastCommit = commit;
                inDoubtCommit = null;
                DeleteUnusedFiles();
                return commit;
            }
        }
        finally
        {
            commitLock.ExitWriteLock();
        }
    }

    /// <summary>
    /// After a failed commit point write: when the commit point was already renamed into place (the directory sync
    /// failed), removes it so this commit stays unmade; when that cannot be made durable, keeps the commit's files,
    /// since a crash may bring the commit point back (callers hold <see cref="sync"/>).
    /// </summary>
    private void RollBackCommitPoint(CommitPoint commit)
    {
        try
        {
            if (!Directory.FileExists(commit.FileName))
            {
                return;
            }

            Directory.DeleteFile(commit.FileName);
            Directory.SyncMetaData();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            inDoubtCommit = commit;
        }
    }

    private void WriteLiveDocs(WriterSegment segment)
    {
        // A file name is written once. A killed writer or a failed commit may have left this generation's file
        // behind; deleting it and writing the name again would leave which of the two a crash brings back to the
        // file system's ordering of the unlink and the create. So the next generation no file has or had is taken.
        string name = segment.Info.Name;
        long generation = Math.Max(segment.DeleteGeneration, liveDocsGenerations.GetValueOrDefault(name)) + 1;
        while (Directory.FileExists(IndexFileNames.LiveDocsFile(name, generation)))
        {
            generation++;
        }

        liveDocsGenerations[name] = generation;
        string file = IndexFileNames.LiveDocsFile(name, generation);
        syncedFiles.Remove(file);
        LiveDocsFormat.Write(Directory, name, generation, segment.LiveDocs!, segment.DeleteCount);
        segment.DeleteGeneration = generation;
        segment.LiveDocsDirty = false;
    }

    /// <summary>
    /// Deletes index files that neither the last commit, a held commit (<see cref="HoldLastCommit"/>) nor the writer's current segments, buffers or running
    /// merges use (callers hold <see cref="sync"/> or run before any other thread can). A file that cannot be
    /// deleted now (another process may hold it on some systems) is retried at the next call.
    /// </summary>
    private void DeleteUnusedFiles()
    {
        try
        {
            // Files of an index another writer has taken over are that writer's.
            writeLock.EnsureValid();
        }
        catch (IOException)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var liveSegmentNames = new HashSet<string>(StringComparer.Ordinal);
        if (lastCommit is not null)
        {
            used.UnionWith(lastCommit.Files());
        }

        if (inDoubtCommit is not null)
        {
            used.UnionWith(inDoubtCommit.Files());
        }

        AddHeldFiles(used);

        foreach (WriterSegment segment in segments)
        {
            used.UnionWith(segment.ToCommitInfo().Files());
        }

        foreach (SegmentBuilder builder in builders)
        {
            liveSegmentNames.Add(builder.Name);
        }

        liveSegmentNames.UnionWith(mergingSegmentNames);
        liveSegmentNames.UnionWith(flushingSegmentNames);
        IReadOnlyList<string> files;
        try
        {
            files = Directory.ListAll();
        }
        catch (IOException)
        {
            // Retried at the next commit or merge; leftover files never hurt a commit.
            return;
        }

        foreach (string file in files)
        {
            if (used.Contains(file) || !IsIndexFile(file))
            {
                continue;
            }

            string? segment = IndexFileNames.SegmentOf(file);
            if (segment is not null && liveSegmentNames.Contains(segment) && !file.EndsWith(".liv", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                Directory.DeleteFile(file);
                syncedFiles.Remove(file);
            }
            catch (IOException)
            {
                // Retried at the next commit or merge.
            }
            catch (UnauthorizedAccessException)
            {
                // Retried at the next commit or merge.
            }
        }
    }

    private static bool IsIndexFile(string file) =>
        file.StartsWith('_') || file.StartsWith(IndexFileNames.CommitPrefix, StringComparison.Ordinal)
            || file.StartsWith(IndexFileNames.PendingCommitPrefix, StringComparison.Ordinal);
}

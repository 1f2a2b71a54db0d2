using SearchEngine.Core.Codecs.LiveDocs;
using SearchEngine.Core.Store;
using SearchEngine.Core.Util;

namespace SearchEngine.Core.Index;

/// <summary>
/// A point-in-time view of an index: the segments of one commit. Never changes; reopen for newer commits,
/// sharing the segments that did not change. Thread-safe.
/// </summary>
internal sealed class DirectoryReader : IDisposable
{
    private const int OpenAttempts = 20;
    private readonly int[] docBases;
    private int disposed;

    private DirectoryReader(IndexDirectory directory, CommitPoint commit, SegmentReader[] segments)
    {
        Directory = directory;
        Commit = commit;
        Segments = segments;
        docBases = new int[segments.Length];
        long maxDoc = 0;
        long numDocs = 0;
        for (int i = 0; i < segments.Length; i++)
        {
            docBases[i] = (int)maxDoc;
            maxDoc += segments[i].MaxDoc;
            numDocs += segments[i].NumDocs;
        }

        if (maxDoc > int.MaxValue)
        {
            throw new CorruptIndexException(commit.FileName, $"{maxDoc} documents exceed the {int.MaxValue} one index can hold");
        }

        MaxDoc = (int)maxDoc;
        NumDocs = (int)numDocs;
    }

    /// <summary>Gets the directory the index lives in.</summary>
    public IndexDirectory Directory { get; }

    /// <summary>Gets the commit this reader shows.</summary>
    public CommitPoint Commit { get; }

    /// <summary>Gets the commit generation this reader shows.</summary>
    public long Generation => Commit.Generation;

    /// <summary>Gets the segments, in commit order.</summary>
    public IReadOnlyList<SegmentReader> Segments { get; }

    /// <summary>Gets the number of documents, deleted ones included.</summary>
    public int MaxDoc { get; }

    /// <summary>Gets the number of live documents.</summary>
    public int NumDocs { get; }

    /// <summary>Returns the index-wide number of the first document of segment <paramref name="segment"/>.</summary>
    public int DocBase(int segment) => docBases[segment];

    /// <summary>Returns the index of the segment holding the index-wide document <paramref name="doc"/>.</summary>
    public int SegmentOf(int doc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(doc);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(doc, MaxDoc);
        int index = Array.BinarySearch(docBases, doc);

        // Not found: ~index is the first segment starting after doc; empty segments share a doc base, so on a hit
        // step to the last segment with that base, the one that holds the document.
        if (index < 0)
        {
            return ~index - 1;
        }

        while (index + 1 < docBases.Length && docBases[index + 1] == doc)
        {
            index++;
        }

        return index;
    }

    /// <summary>Tells whether <paramref name="directory"/> holds an index (at least one commit point).</summary>
    public static bool IndexExists(IndexDirectory directory) => CommitPointFormat.LatestGeneration(directory) >= 0;

    /// <summary>
    /// Opens the latest commit of the index in <paramref name="directory"/>, verifying every file's checksum;
    /// throws <see cref="IndexNotFoundException"/> when there is no commit and <see cref="CorruptIndexException"/>
    /// naming the file when one is damaged.
    /// </summary>
    public static DirectoryReader Open(IndexDirectory directory) => OpenLatest(directory, previous: null);

    /// <summary>
    /// Returns a reader over the latest commit if it differs from <paramref name="reader"/>'s (another generation,
    /// or the same generation with another commit id: the folder was rebuilt in place), sharing the segments whose
    /// name and id are unchanged, or null when the index has not changed. The old reader stays open and valid.
    /// </summary>
    public static DirectoryReader? OpenIfChanged(DirectoryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return IsCurrent(reader) ? null : OpenLatest(reader.Directory, reader);
    }

    /// <summary>Releases this reader's share of the segments' files.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            foreach (SegmentReader segment in Segments)
            {
                segment.Dispose();
            }
        }
    }

    /// <summary>Wraps segment readers a writer opened over its current, possibly uncommitted, state.</summary>
    internal static DirectoryReader FromWriter(IndexDirectory directory, CommitPoint state, SegmentReader[] segments) => new(directory, state, segments);

    private static bool IsCurrent(DirectoryReader reader)
    {
        if (CommitPointFormat.LatestGeneration(reader.Directory) != reader.Generation)
        {
            return false;
        }

        if (reader.Commit.Id == Guid.Empty)
        {
            // A version 1 commit (no id) or a writer's uncommitted state: the generation is all there is to compare.
            return true;
        }

        try
        {
            return CommitPointFormat.ReadId(reader.Directory, reader.Generation) == reader.Commit.Id;
        }
        catch (IOException)
        {
            // Replaced or removed while we looked: a full open says what is there now.
            return false;
        }
    }

    private static DirectoryReader OpenLatest(IndexDirectory directory, DirectoryReader? previous)
    {
        for (int attempt = 1; ; attempt++)
        {
            long generation = CommitPointFormat.LatestGeneration(directory);
            if (generation < 0)
            {
                throw new IndexNotFoundException($"No index (no segments_N commit point) in {Describe(directory)}.");
            }

            try
            {
                CommitPoint commit = CommitPointFormat.Read(directory, generation);
                return Open(directory, commit, previous);
            }
            catch (FileNotFoundException) when (attempt < OpenAttempts && CommitPointFormat.LatestGeneration(directory) > generation)
            {
                // A writer committed a newer generation and deleted files of this one while we opened it: retry.
            }
        }
    }

    private static DirectoryReader Open(IndexDirectory directory, CommitPoint commit, DirectoryReader? previous)
    {
        var shared = new Dictionary<string, SegmentReader>(StringComparer.Ordinal);
        if (previous is not null)
        {
            foreach (SegmentReader segment in previous.Segments)
            {
                shared[segment.Name] = segment;
            }
        }

        var readers = new List<SegmentReader>(commit.Segments.Count);
        try
        {
            foreach (SegmentCommitInfo info in commit.Segments)
            {
                // Shared only when name and id match: a folder rebuilt in place may reuse a name for other documents
                // (segments of format version 1 have an empty id on both sides and are shared by name, as before).
                SegmentReader? candidate = shared.GetValueOrDefault(info.Info.Name);
                readers.Add(OpenSegment(directory, info, candidate is not null && candidate.Info.Id == info.Info.Id ? candidate : null));
            }

            return new DirectoryReader(directory, commit, [.. readers]);
        }
        catch
        {
            foreach (SegmentReader reader in readers)
            {
                reader.Dispose();
            }

            throw;
        }
    }

    private static SegmentReader OpenSegment(IndexDirectory directory, SegmentCommitInfo info, SegmentReader? previous)
    {
        SegmentCore core;
        if (previous is not null)
        {
            core = previous.Core;
            core.IncRef();
        }
        else
        {
            core = SegmentCore.Open(directory, info.Info);
        }

        try
        {
            FixedBitSet? liveDocs = previous is not null && !previous.IsNearRealTime && previous.DeleteGeneration == info.DeleteGeneration
                ? previous.LiveDocsBits
                : info.DeleteGeneration == 0 ? null : LiveDocsFormat.Read(directory, info.Info.Name, info.DeleteGeneration, info.Info.MaxDoc, info.DeleteCount);
            return new SegmentReader(core, liveDocs, info.DeleteCount, info.DeleteGeneration);
        }
        catch
        {
            core.DecRef();
            throw;
        }
    }

    private static string Describe(IndexDirectory directory) =>
        directory is FileSystemDirectory fs ? $"'{fs.Path}'" : "the in-memory directory";
}

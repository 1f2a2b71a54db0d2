using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchEngine.Engines.LuceneNet.Indexing;

/// <summary>Measures a commit: its live documents and the total size of the files it references.</summary>
internal static class CommitFiles
{
    /// <summary>Reads the latest commit of <paramref name="directory"/>.</summary>
    public static SegmentInfos ReadLatest(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos;
    }

    /// <summary>Returns the live documents of <paramref name="infos"/>: every segment's documents less its deletions.</summary>
    public static long LiveDocs(SegmentInfos infos)
    {
        long live = 0;
        foreach (SegmentCommitInfo segment in infos.Segments)
        {
            live += segment.Info.DocCount - segment.DelCount;
        }

        return live;
    }

    /// <summary>Returns the total length of <paramref name="files"/> in <paramref name="directory"/>.</summary>
    public static long Bytes(Lucene.Net.Store.Directory directory, IEnumerable<string> files)
    {
        long bytes = 0;
        foreach (string file in files)
        {
            bytes += directory.FileLength(file);
        }

        return bytes;
    }

    /// <summary>Returns the files of <paramref name="infos"/>, its segments file included.</summary>
    public static ICollection<string> Files(SegmentInfos infos, Lucene.Net.Store.Directory directory) => infos.GetFiles(directory, includeSegmentsFile: true);
}

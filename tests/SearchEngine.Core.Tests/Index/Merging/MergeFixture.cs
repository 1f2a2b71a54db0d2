using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Index.Inversion;
using SearchEngine.Core.Store;

namespace SearchEngine.Core.Tests.Index.Merging;

/// <summary>
/// Builds source segments (<c>_0</c>, <c>_1</c>, ...) with the real flush path, merges them into <c>_m</c>, builds
/// <c>_d</c> directly from the surviving documents in the same order, and checks the two hold the same content.
/// </summary>
internal static class MergeFixture
{
    public const string MergedName = "_m";
    public const string DirectName = "_d";

    /// <summary>One source: its documents and the indexes of those deleted before the merge.</summary>
    public sealed record Source(IReadOnlyList<Document> Documents, IReadOnlyList<int> Deleted);

    /// <summary>Builds and opens the sources (call <see cref="Release"/> on them).</summary>
    public static List<MergeSource> BuildSources(IndexDirectory directory, IReadOnlyList<Source> sources)
    {
        var opened = new List<MergeSource>();
        for (int s = 0; s < sources.Count; s++)
        {
            FlushedSegment flushed = MergeCorpus.Build(directory, IndexFileNames.SegmentName(s), sources[s].Documents, sources[s].Deleted);
            opened.Add(new MergeSource(SegmentCore.Open(directory, flushed.Info), MergeCorpus.LiveDocs(flushed)));
        }

        return opened;
    }

    /// <summary>Merges the sources, compares the result with a direct build of the survivors, and returns the merge result.</summary>
    public static MergedSegment MergeAndCompare(IndexDirectory directory, IReadOnlyList<Source> sources)
    {
        List<MergeSource> opened = BuildSources(directory, sources);
        try
        {
            MergedSegment merged = SegmentMerger.Merge(directory, MergedName, opened);
            AssertDocMaps(sources, merged.DocMaps);
            var survivors = new List<Document>();
            foreach (Source source in sources)
            {
                survivors.AddRange(source.Documents.Where((_, i) => !source.Deleted.Contains(i)));
            }

            SegmentCore actual = SegmentCore.Open(directory, SegmentInfoFormat.Read(directory, MergedName));
            try
            {
                if (survivors.Count == 0)
                {
                    // A flush of nothing writes nothing, so there is no direct segment to compare with.
                    Assert.Equal(0, actual.Info.MaxDoc);
                    return merged;
                }

                FlushedSegment direct = MergeCorpus.Build(directory, DirectName, survivors, []);
                SegmentCore expected = SegmentCore.Open(directory, direct.Info);
                try
                {
                    SegmentContentAssert.Equal(expected, actual);
                }
                finally
                {
                    expected.DecRef();
                }
            }
            finally
            {
                actual.DecRef();
            }

            return merged;
        }
        finally
        {
            Release(opened);
        }
    }

    public static void Release(IEnumerable<MergeSource> sources)
    {
        foreach (MergeSource source in sources)
        {
            source.Core.DecRef();
        }
    }

    /// <summary>Returns the files of segment <paramref name="name"/> in <paramref name="directory"/>.</summary>
    public static List<string> FilesOf(IndexDirectory directory, string name) =>
        directory.ListAll().Where(f => IndexFileNames.SegmentOf(f) == name).ToList();

    private static void AssertDocMaps(IReadOnlyList<Source> sources, int[][] docMaps)
    {
        Assert.Equal(sources.Count, docMaps.Length);
        int next = 0;
        for (int s = 0; s < sources.Count; s++)
        {
            Assert.Equal(sources[s].Documents.Count, docMaps[s].Length);
            for (int doc = 0; doc < docMaps[s].Length; doc++)
            {
                Assert.Equal(sources[s].Deleted.Contains(doc) ? -1 : next++, docMaps[s][doc]);
            }
        }
    }
}

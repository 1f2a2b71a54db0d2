using SearchEngine.Core.Index;
using static SearchEngine.Core.Tests.Index.Merging.MergeFixture;

namespace SearchEngine.Core.Tests.Index.Merging;

public sealed class SegmentMergerFailureTests
{
    /// <summary>The files a merge creates: .fdt, .tip, .tim, .doc, .pos, .nrm, .dv and .si.</summary>
    private const int FilesPerMerge = 8;

    public static TheoryData<int> FailingCreates => new(Enumerable.Range(1, FilesPerMerge));

    [Theory]
    [MemberData(nameof(FailingCreates))]
    public void AFailureCreatingAnyFileLeavesNoFileOfTheNewSegment(int nth)
    {
        using var directory = new FailingDirectory();
        List<MergeSource> opened = BuildThreeSources(directory);
        try
        {
            List<string> before = [.. directory.ListAll()];
            directory.FailOnCreate(nth);

            var ex = Assert.Throws<IOException>(() => SegmentMerger.Merge(directory, MergedName, opened));

            Assert.StartsWith("Simulated failure", ex.Message, StringComparison.Ordinal);
            Assert.Equal(nth - 1, directory.CreatedSinceArmed);
            Assert.Empty(FilesOf(directory, MergedName));
            Assert.Equal(before, directory.ListAll());
        }
        finally
        {
            Release(opened);
        }
    }

    [Fact]
    public void AMergeCreatesExactlyTheFilesTheFailureTestInterrupts()
    {
        using var directory = new FailingDirectory();
        List<MergeSource> opened = BuildThreeSources(directory);
        try
        {
            directory.FailOnCreate(FilesPerMerge + 1);

            SegmentMerger.Merge(directory, MergedName, opened);

            Assert.Equal(FilesPerMerge, directory.CreatedSinceArmed);
            Assert.Equal(FilesPerMerge, FilesOf(directory, MergedName).Count);
        }
        finally
        {
            Release(opened);
        }
    }

    [Fact]
    public void ARetryUnderTheSameNameSucceedsAfterAFailedMerge()
    {
        using var directory = new FailingDirectory();
        List<MergeSource> opened = BuildThreeSources(directory);
        try
        {
            directory.FailOnCreate(4);
            Assert.Throws<IOException>(() => SegmentMerger.Merge(directory, MergedName, opened));

            // The failed attempt left nothing in the way and the sources are still readable.
            MergedSegment merged = SegmentMerger.Merge(directory, MergedName, opened);
            Assert.Equal(opened.Sum(s => s.LiveDocs?.Cardinality() ?? s.Core.Info.MaxDoc), merged.Info.MaxDoc);
        }
        finally
        {
            Release(opened);
        }
    }

    private static List<MergeSource> BuildThreeSources(FailingDirectory directory)
    {
        var random = new Random(23);
        return BuildSources(directory,
        [
            new([.. Enumerable.Range(0, 30).Select(i => MergeCorpus.Create(i, random))], [2, 5]),
            new([.. Enumerable.Range(30, 30).Select(i => MergeCorpus.Create(i, random))], []),
            new([.. Enumerable.Range(60, 30).Select(i => MergeCorpus.Create(i, random))], [29]),
        ]);
    }
}

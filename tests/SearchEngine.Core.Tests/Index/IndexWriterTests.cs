using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

public sealed class IndexWriterTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public static TheoryData<string> Kinds => ["fs", "ram"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CommittedDocumentsAreFoundByTheirStemmedTerms(string kind)
    {
        using IndexDirectory directory = Create(kind);
        using (var writer = new IndexWriter(directory))
        {
            writer.AddDocument(Doc("a", "Tilbagetrækningen af styrkerne begynder"));
            writer.AddDocument(Doc("b", "Styrken trækker sig tilbage"));
            writer.AddDocument(Doc("c", "Regeringen vil sænke skatten"));
            writer.Commit();
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.NumDocs);
        Assert.Equal(["a", "b"], IdsWithTerm(reader, "body", "styrk"));
        Assert.Equal(["a"], IdsWithTerm(reader, "body", "tilbagetrækning"));
        Assert.Empty(IdsWithTerm(reader, "body", "og"));
    }

    [Fact]
    public void UncommittedChangesAreInvisibleAndRolledBack()
    {
        using IndexDirectory directory = new RamDirectory();
        using (var writer = new IndexWriter(directory))
        {
            writer.AddDocument(Doc("a", "første"));
            writer.Commit();
            writer.AddDocument(Doc("b", "anden"));
            using DirectoryReader during = DirectoryReader.Open(directory);
            Assert.Equal(["a"], AllIds(during));
        }

        using DirectoryReader after = DirectoryReader.Open(directory);
        Assert.Equal(["a"], AllIds(after));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void DeletesAndUpdatesByIdHoldAcrossCommitsAndReopen(string kind)
    {
        using IndexDirectory directory = Create(kind);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig { RamBufferSizeMB = 0.05 }))
        {
            for (int i = 0; i < 300; i++)
            {
                writer.AddDocument(Doc("d" + i, "tekst nummer " + i));
            }

            writer.Commit();
            writer.DeleteDocuments(new Term("id", "d5"));
            writer.UpdateDocument(new Term("id", "d7"), Doc("d7", "opdateret tekst"));
            writer.AddDocument(Doc("new", "helt ny"));
            writer.DeleteDocuments(new Term("id", "new"));
            writer.UpdateDocument(new Term("id", "d9"), Doc("d9", "kartoffel opdateret"));
            writer.UpdateDocument(new Term("id", "d9"), Doc("d9", "agurk opdateret"));
            writer.Commit();
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(299, reader.NumDocs);
        Assert.DoesNotContain("d5", AllIds(reader));
        Assert.DoesNotContain("new", AllIds(reader));
        Assert.Equal(["d7"], IdsWithTerm(reader, "id", "d7"));
        Assert.Equal(["d7", "d9"], IdsWithTerm(reader, "body", "opdat"));
        Assert.Equal(["d9"], IdsWithTerm(reader, "body", "agurk"));
        Assert.Empty(IdsWithTerm(reader, "body", "kartoffel"));
        Assert.True(reader.Segments.Count > 1, "a small RAM buffer should have flushed several segments");
    }

    [Fact]
    public void ASecondWriterIsRefused()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        using var first = new IndexWriter(directory);

        var error = Assert.Throws<LockObtainFailedException>(() => new IndexWriter(new FileSystemDirectory(temp.Path)));
        Assert.Contains($"pid {Environment.ProcessId}", error.Message);
    }

    [Fact]
    public void ReopeningSharesUnchangedSegments()
    {
        using IndexDirectory directory = new RamDirectory();
        using var writer = new IndexWriter(directory);
        writer.AddDocument(Doc("a", "en"));
        writer.Commit();
        using DirectoryReader first = DirectoryReader.Open(directory);
        Assert.Null(DirectoryReader.OpenIfChanged(first));

        writer.AddDocument(Doc("b", "to"));
        writer.Commit();
        using DirectoryReader second = DirectoryReader.OpenIfChanged(first)!;

        Assert.Same(first.Segments[0].Core, second.Segments[0].Core);
        Assert.Equal(["a", "b"], AllIds(second));
        Assert.Equal(["a"], AllIds(first));
    }

    [Fact]
    public void SegmentOfMapsEveryIndexWideDocIdToItsSegment()
    {
        using IndexDirectory directory = new RamDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig { MergeInBackground = false }))
        {
            foreach (int size in (int[])[3, 1, 4])
            {
                for (int i = 0; i < size; i++)
                {
                    writer.AddDocument(Doc($"d{size}-{i}", "tekst"));
                }

                writer.Commit();
            }
        }

        using DirectoryReader reader = DirectoryReader.Open(directory);
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            int segment = reader.SegmentOf(doc);
            Assert.InRange(doc - reader.DocBase(segment), 0, reader.Segments[segment].MaxDoc - 1);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => reader.SegmentOf(reader.MaxDoc));
    }

    [Fact]
    public void OpeningAnEmptyDirectorySaysThereIsNoIndex()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        var error = Assert.Throws<IndexNotFoundException>(() => DirectoryReader.Open(directory));
        Assert.Contains(temp.Path, error.Message);
    }

    [Fact]
    public void OldFilesAreDeletedAfterACommitReplacesThem()
    {
        using var directory = new FileSystemDirectory(temp.Path);
        using (var writer = new IndexWriter(directory))
        {
            writer.AddDocument(Doc("a", "en"));
            writer.Commit();
        }

        using (var writer = new IndexWriter(directory, new IndexWriterConfig { OpenMode = OpenMode.Create }))
        {
            writer.AddDocument(Doc("b", "to"));
            writer.Commit();
        }

        string[] files = [.. directory.ListAll().Where(f => f.StartsWith('_') || f.StartsWith("segments_", StringComparison.Ordinal))];
        Assert.DoesNotContain(files, f => f.StartsWith("_0.", StringComparison.Ordinal));
        Assert.Single(files, f => f.StartsWith("segments_", StringComparison.Ordinal));
        using DirectoryReader reader = DirectoryReader.Open(directory);
        Assert.Equal(["b"], AllIds(reader));
    }

    public void Dispose() => temp.Dispose();

    private IndexDirectory Create(string kind) => kind == "fs" ? new FileSystemDirectory(temp.Path) : new RamDirectory();
}

using SearchEngine.Core.Documents;
using SearchEngine.Core.Index;
using SearchEngine.Core.Store;
using static SearchEngine.Core.Tests.Index.IndexTestUtil;

namespace SearchEngine.Core.Tests.Index;

public sealed class NearRealTimeReaderTests
{
    [Fact]
    public void AWriterReaderSeesUncommittedChangesAndStaysAPointInTime()
    {
        using IndexDirectory directory = new RamDirectory();
        using var writer = new IndexWriter(directory);
        writer.AddDocument(Doc("a", "regeringen"));
        writer.Commit();
        writer.AddDocument(Doc("b", "regeringen"));

        using DirectoryReader first = writer.GetReader();
        writer.DeleteDocuments(new Term("id", "a"));
        writer.AddDocument(Doc("c", "regeringen"));
        using DirectoryReader second = writer.GetReader();

        Assert.Equal(["a", "b"], IdsWithTerm(first, "body", "regering"));
        Assert.Equal(["b", "c"], IdsWithTerm(second, "body", "regering"));
        using (DirectoryReader committed = DirectoryReader.Open(directory))
        {
            Assert.Equal(["a"], AllIds(committed));
        }

        writer.Commit();
        using DirectoryReader reopened = DirectoryReader.OpenIfChanged(second)!;
        Assert.Equal(["b", "c"], AllIds(reopened));
        Assert.Equal(["b", "c"], AllIds(second));
    }
}

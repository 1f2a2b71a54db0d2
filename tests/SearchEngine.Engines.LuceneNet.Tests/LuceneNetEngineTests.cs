using SearchEngine.News.Engines;

namespace SearchEngine.Engines.LuceneNet.Tests;

public sealed class LuceneNetEngineTests
{
    [Fact]
    public void The_engine_is_found_by_its_name_through_the_assembly_marker()
    {
        INewsEngine engine = NewsEngines.Get(NewsEngines.LuceneNet);

        Assert.IsType<LuceneNetEngine>(engine);
        Assert.Equal("lucenenet", engine.Name);
    }

    [Fact]
    public void Opening_a_missing_folder_creates_it_without_writing_an_index()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "new", "index");

        using IEngineIndex index = TestIndexes.Open(path);

        Assert.True(Directory.Exists(path));
        Assert.Empty(Directory.GetFileSystemEntries(path));
        Assert.False(index.HasCommit);
        Assert.Equal(Path.GetFullPath(path), index.Path);
    }
}

using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.IndexHosting;

/// <summary>The first start builds the index from the sample articles; later starts open what is there.</summary>
public sealed class FirstStartTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task BuildsTheBundledSampleIntoAnEmptyIndexFolder()
    {
        string samples = Path.Combine(TestData.RepositoryRoot, "index", "articles");
        int expected = ArticleReader.Read(samples).Count(r => r.IsArticle);
        string index = Path.Combine(temp.Path, "index");

        await using RunningServer server = await RunningServer.StartAsync(index, $"Search:SampleArticlesPath={samples}");

        JsonElement health = await server.GetJsonAsync("/healthz");
        Assert.True(expected >= 60, $"the bundled sample has {expected} articles");
        Assert.Equal(expected, health.GetProperty("documents").GetInt32());
        JsonElement languages = (await server.GetJsonAsync("/api/search")).GetProperty("facets").GetProperty("lang");
        Assert.Equal(["da", "nl"], languages.EnumerateArray().Select(l => l.GetProperty("value").GetString()).Order());
        Assert.All(languages.EnumerateArray(), l => Assert.True(l.GetProperty("count").GetInt32() >= 30));
    }

    [Fact]
    public async Task StartsWithAnEmptyIndexWhenThereAreNoSamples()
    {
        await using RunningServer server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), "Search:SampleArticlesPath=" + Path.Combine(temp.Path, "missing"));

        Assert.Equal(0, (await server.GetJsonAsync("/healthz")).GetProperty("documents").GetInt32());
        Assert.Equal(0, (await server.GetJsonAsync("/api/search?q=rente")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task AnExistingIndexIsServedAsItIsAndNotRebuilt()
    {
        string index = Path.Combine(temp.Path, "index");
        using (NewsIndex existing = NewsIndex.Open(index))
        {
            existing.Add(new Article("eneste", "da", ArticleDate.Parse("2022"), "Den eneste artikel", "Der er kun denne ene artikel i indekset.", [], []));
            existing.Commit();
        }

        await using RunningServer server = await RunningServer.StartAsync(index);

        JsonElement health = await server.GetJsonAsync("/healthz");
        Assert.Equal(1, health.GetProperty("documents").GetInt32());
        Assert.Equal(1, health.GetProperty("generation").GetInt64());
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
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

    [Theory]
    [InlineData("missing")]
    [InlineData("")]
    public async Task AFolderWithoutAnIndexOrSamplesStopsTheStartNamingTheFolder(string samples)
    {
        string index = Path.Combine(temp.Path, "mistyped-index");
        string sampleSetting = samples.Length == 0 ? string.Empty : Path.Combine(temp.Path, samples);
        await using WebApplication app = RunningServer.Build(index, "Search:SampleArticlesPath=" + sampleSetting);

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains($"Search:IndexPath '{index}' holds no index", error.Message);
        Assert.False(Directory.Exists(index), "a failed start leaves no folder behind at the mistyped path");
    }

    [Fact]
    public async Task AServerProcessWithNothingToServeExitsNonZeroNamingTheFolderOnStandardError()
    {
        string index = Path.Combine(temp.Path, "mistyped-index");

        (int exitCode, string standardError) = await ServerProcess.RunToExitAsync(
            TimeSpan.FromMinutes(1), $"Search:IndexPath={index}", "Search:SampleArticlesPath=" + Path.Combine(temp.Path, "missing"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(index, standardError);
        Assert.DoesNotContain("   at ", standardError);
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

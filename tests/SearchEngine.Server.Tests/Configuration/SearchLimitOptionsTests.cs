using SearchEngine.News.Search;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Configuration;

/// <summary>The cost settings under <c>Search:</c> reach the limits the facade holds every search to.</summary>
public sealed class SearchLimitOptionsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(null, null, 50_000, 5_000)]
    [InlineData("1234", "250", 1_234, 250)]
    [InlineData("1", "0", 1, -1)]
    public async Task TermExpansionsAndTheSearchBudgetReachTheServedIndex(string? expansions, string? budgetMs, int expectedExpansions, int expectedBudgetMs)
    {
        string[] settings =
        [
            .. expansions is null ? Array.Empty<string>() : [$"Search:MaxTermExpansions={expansions}"],
            .. budgetMs is null ? Array.Empty<string>() : [$"Search:SearchBudgetMs={budgetMs}"],
        ];
        await using RunningServer server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), settings);

        using NewsSearcherLease lease = server.Index.AcquireSearcher();

        Assert.Equal(expectedExpansions, lease.Searcher.Limits.MaxTermExpansions);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedBudgetMs), lease.Searcher.Limits.SearchBudget);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Configuration;

/// <summary>Bad settings stop the server at start with a message naming the key.</summary>
public sealed class OptionsValidationTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("Search:MaxPageSize=0", "Search:MaxPageSize must be between 1 and 10000; it is 0.")]
    [InlineData("Search:MaxResultWindow=5", "Search:MaxResultWindow must be between 100 and 1000000; it is 5.")]
    [InlineData("Search:MaxQueryLength=-1", "Search:MaxQueryLength")]
    [InlineData("Search:MaxRequestBodyBytes=10", "Search:MaxRequestBodyBytes")]
    [InlineData("Search:MaxBulkBodyBytes=1024", "Search:MaxBulkBodyBytes must be between 1048576 and 1073741824; it is 1024.")]
    [InlineData("Search:MaxBulkBodyBytes=2147483648", "Search:MaxBulkBodyBytes")]
    [InlineData("Search:RateLimitPermits=-1", "Search:RateLimitPermits")]
    [InlineData("Search:RateLimitWindow=00:00:00", "Search:RateLimitWindow")]
    [InlineData("Search:RefreshInterval=02:00:00", "Search:RefreshInterval")]
    [InlineData("Search:ApiKey=short", "Search:ApiKey must be at least 16 characters")]
    [InlineData("Search:IndexPath= ", "Search:IndexPath")]
    [InlineData("Search:AllowedOrigins:0=news.example", "'news.example' is not an origin")]
    [InlineData("Search:AllowedOrigins:0=https://news.example/path", "is not an origin")]
    [InlineData("Search:MaxTermExpansions=0", "Search:MaxTermExpansions must be between 1 and 1000000; it is 0.")]
    [InlineData("Search:SearchBudgetMs=-1", "Search:SearchBudgetMs must be between 0 and 600000; it is -1.")]
    [InlineData("Search:MaxConcurrentSearches=0", "Search:MaxConcurrentSearches must be between 1 and 10000; it is 0.")]
    [InlineData("Search:SearchQueueLength=-1", "Search:SearchQueueLength must be between 0 and 100000; it is -1.")]
    [InlineData("Search:TrustedProxies:0=proxy.example", "Search:TrustedProxies: 'proxy.example' is not an IP address or network")]
    [InlineData("Search:TrustedProxies:0=10.0.0.0/33", "Search:TrustedProxies: '10.0.0.0/33'")]
    public async Task ABadSettingStopsTheStartNamingTheKey(string setting, string message)
    {
        await using WebApplication app = RunningServer.Build(Path.Combine(temp.Path, "index"), setting);

        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task AValueOfTheWrongTypeStopsTheStartNamingTheKey()
    {
        await using WebApplication app = RunningServer.Build(Path.Combine(temp.Path, "index"), "Search:MaxPageSize=many");

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Search:MaxPageSize", error.Message);
    }
}

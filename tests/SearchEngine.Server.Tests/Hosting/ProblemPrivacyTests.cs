using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>
/// A 500 or 503 tells the client what happened and a trace id, never where the index lives, which process holds it,
/// the host's name or a stack trace; the details go to the server's log under the same trace id.
/// </summary>
public sealed class ProblemPrivacyTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task AServerFailureIsA500WithATraceIdAndNothingOfTheServer()
    {
        await using RunningServer server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"));
        CapturedLogs logs = CapturedLogs.AttachTo(server);

        // A real failure: the served index is closed under the server, so the search cannot take a snapshot.
        server.Index.Dispose();
        using HttpResponseMessage response = await server.Client.GetAsync("/api/search?q=rente", TestContext.Current.CancellationToken);

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        SecurityHeaderAssert.Present(response);
        string traceId = AssertRevealsNothing(problem, server.IndexPath);
        string entry = Assert.Single(logs.Entries, e => e.Contains(traceId, StringComparison.Ordinal));
        Assert.StartsWith("Error: ", entry, StringComparison.Ordinal);
        Assert.Contains(nameof(ObjectDisposedException), entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWriteWhileAnotherProcessHoldsTheLockIsA503NamingNeitherTheFolderNorTheHolder()
    {
        await using RunningServer server = await RunningServer.StartAsync(Path.Combine(temp.Path, "index"), $"Search:ApiKey={RunningServer.ApiKey}");
        CapturedLogs logs = CapturedLogs.AttachTo(server);
        using NewsIndex other = NewsIndex.Open(server.IndexPath);
        other.Add(new Article("fremmed", "da", null, "Fremmed", "Skrevet af en anden proces.", [], []));

        using HttpResponseMessage response = await server.PutArticleAsync("da-optaget", new { lang = "da", title = "Optaget", body = "Optaget af en anden skriver." });

        JsonElement problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        SecurityHeaderAssert.Present(response);
        string traceId = AssertRevealsNothing(problem, server.IndexPath);

        // The operator's side: the log entry with the trace id names the folder whose lock is held.
        string entry = Assert.Single(logs.Entries, e => e.Contains(traceId, StringComparison.Ordinal));
        Assert.Contains(Path.GetFullPath(server.IndexPath), entry, StringComparison.Ordinal);
    }

    /// <summary>Asserts that no member but <c>traceId</c> names the folder, the process, the host or code, and returns the trace id.</summary>
    private static string AssertRevealsNothing(JsonElement problem, string indexPath)
    {
        string traceId = problem.GetProperty("traceId").GetString() ?? string.Empty;
        Assert.False(string.IsNullOrWhiteSpace(traceId), $"no traceId: {problem}");
        string text = string.Join('\n', problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => p.Value.ToString()));
        Assert.DoesNotContain(Path.GetFullPath(indexPath), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), text, StringComparison.Ordinal);
        string words = string.Join('\n', problem.EnumerateObject().Where(p => p.Name is not ("traceId" or "status" or "type")).Select(p => p.Value.ToString()));
        Assert.DoesNotMatch($@"\b{Environment.ProcessId}\b", words);
        Assert.DoesNotMatch(new Regex($@"\b{Regex.Escape(Environment.MachineName)}\b", RegexOptions.IgnoreCase), text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\w+Exception\b|SearchEngine\.|System\.|Microsoft\."), text);
        return traceId;
    }
}

using System.Net;
using System.Text.RegularExpressions;
using SearchEngine.Server.Hosting;
using SearchEngine.Server.Tests.Support;

namespace SearchEngine.Server.Tests.Hosting;

/// <summary>The browsable API page at <c>/scalar/</c>: everything from this server, its inline script admitted by a nonce only it carries.</summary>
[Collection(SampleServer.Collection)]
public sealed partial class ApiPageTests(SampleServer sample)
{
    private readonly RunningServer server = sample.Server;

    [Fact]
    public async Task ThePageReferencesNoOtherHostAndEveryScriptItLoadsIsServedHere()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/scalar/", TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(AbsoluteUrl().Matches(html).Select(static m => m.Value));
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        string[] scripts = [.. ScriptSource().Matches(html).Select(static m => m.Groups[1].Value)];
        Assert.NotEmpty(scripts);
        foreach (string script in scripts)
        {
            using HttpResponseMessage file = await server.Client.GetAsync(new Uri(new Uri(server.Address, "/scalar/"), script), TestContext.Current.CancellationToken);
            Assert.True(file.IsSuccessStatusCode, $"{script}: {(int)file.StatusCode}");
            Assert.Contains("javascript", file.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnlyThePageAdmitsItsInlineScriptByAFreshNonceAndNoOutsideSource()
    {
        string first = await PolicyAsync("/scalar/");
        string second = await PolicyAsync("/scalar/");
        string nonce = Nonce().Match(first).Groups[1].Value;

        Assert.NotEmpty(nonce);
        Assert.NotEqual(nonce, Nonce().Match(second).Groups[1].Value);
        Assert.DoesNotContain("http", first, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", first, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", first.Split(';').Single(static d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", first, StringComparison.Ordinal);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await PolicyAsync("/"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await PolicyAsync("/openapi/v1.json"));
    }

    private async Task<string> PolicyAsync(string path)
    {
        using HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
    }

    [GeneratedRegex(@"https?://[^\s""'<>)]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex(@"<script[^>]*\bsrc=""([^""]+)""")]
    private static partial Regex ScriptSource();

    [GeneratedRegex(@"script-src [^;]*'nonce-([^']+)'")]
    private static partial Regex Nonce();
}

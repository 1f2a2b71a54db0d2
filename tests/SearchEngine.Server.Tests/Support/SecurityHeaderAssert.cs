namespace SearchEngine.Server.Tests.Support;

/// <summary>Assertions on the security headers every response carries.</summary>
internal static class SecurityHeaderAssert
{
    /// <summary>
    /// Asserts the content security policy (nothing from another host, no framing), <c>nosniff</c> and a referrer
    /// policy that sends no page address to other sites.
    /// </summary>
    public static void Present(HttpResponseMessage response)
    {
        string where = $"{response.RequestMessage?.RequestUri?.PathAndQuery} -> {(int)response.StatusCode}";
        string policy = Single(response, "Content-Security-Policy", where);
        string[] directives = [.. policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        Assert.Contains("default-src 'none'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("script-src 'self'", directives);
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unsafe", policy, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options", where));
        string referrer = Single(response, "Referrer-Policy", where);
        Assert.True(referrer is "no-referrer" or "strict-origin-when-cross-origin", $"{where}: Referrer-Policy {referrer}");
    }

    private static string Single(HttpResponseMessage response, string name, string where)
    {
        bool found = response.Headers.TryGetValues(name, out IEnumerable<string>? values) || response.Content.Headers.TryGetValues(name, out values);
        Assert.True(found, $"{where}: no {name} header");
        return Assert.Single(values!);
    }
}

using Microsoft.AspNetCore.WebUtilities;

namespace SearchEngine.Server.Tests.Browser;

/// <summary>Reads the search state the page keeps in its URL.</summary>
internal static class PageAddress
{
    /// <summary>Returns the values of one query-string parameter of <paramref name="url"/> (none when absent).</summary>
    public static string[] Values(string url, string name)
    {
        string query = new Uri(url).Query;
        return QueryHelpers.ParseQuery(query).TryGetValue(name, out var values) ? [.. values.Select(v => v ?? string.Empty)] : [];
    }

    /// <summary>Returns the single value of a parameter, or null when absent.</summary>
    public static string? Value(string url, string name) => Values(url, name).SingleOrDefault();
}

namespace SearchEngine.Server.Hosting;

/// <summary>Quotes client input in error messages.</summary>
internal static class ProblemText
{
    private const int MaxQuoted = 60;

    /// <summary>Returns <paramref name="value"/>, cut to its first 60 characters and an ellipsis when longer.</summary>
    /// <remarks>Echoing a 100 KB value back would make the error the largest part of the response.</remarks>
    public static string Shorten(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= MaxQuoted ? value : string.Concat(value.AsSpan(0, MaxQuoted), "…");
    }
}

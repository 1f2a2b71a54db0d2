namespace SearchEngine.News.Querying;

/// <summary>Documents with a term of <paramref name="Field"/> between two bounds in code point order; a constant score.</summary>
/// <param name="Field">The field.</param>
/// <param name="Lower">The lower bound, or null for none.</param>
/// <param name="Upper">The upper bound, or null for none.</param>
/// <param name="IncludeLower">Whether a term equal to <paramref name="Lower"/> matches.</param>
/// <param name="IncludeUpper">Whether a term equal to <paramref name="Upper"/> matches.</param>
internal sealed record TermRangeQuery(string Field, string? Lower, string? Upper, bool IncludeLower, bool IncludeUpper) : Query
{
    /// <inheritdoc/>
    public override string ToString() => $"{Field}:{(IncludeLower ? '[' : '{')}{Lower ?? "*"} TO {Upper ?? "*"}{(IncludeUpper ? ']' : '}')}";
}

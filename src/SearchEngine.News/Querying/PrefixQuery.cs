namespace SearchEngine.News.Querying;

/// <summary>Documents with a term of <paramref name="Field"/> that starts with <paramref name="Prefix"/>; a constant score.</summary>
/// <param name="Field">The field.</param>
/// <param name="Prefix">The prefix, compared as the term dictionary does (code points, exact case).</param>
internal sealed record PrefixQuery(string Field, string Prefix) : Query
{
    /// <inheritdoc/>
    public override string ToString() => $"{Field}:{Prefix}*";
}

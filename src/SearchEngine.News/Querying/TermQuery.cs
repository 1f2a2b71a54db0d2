namespace SearchEngine.News.Querying;

/// <summary>Documents whose <paramref name="Field"/> holds the exact term <paramref name="Text"/> (already analysed), scored by BM25.</summary>
/// <param name="Field">The field.</param>
/// <param name="Text">The term as indexed.</param>
internal sealed record TermQuery(string Field, string Text) : Query
{
    /// <inheritdoc/>
    public override string ToString() => $"{Field}:{Text}";
}

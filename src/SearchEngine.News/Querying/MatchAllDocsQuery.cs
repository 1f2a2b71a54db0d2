namespace SearchEngine.News.Querying;

/// <summary>Every live document, each scored 1 (times the boost), as Lucene's MatchAllDocsQuery.</summary>
internal sealed record MatchAllDocsQuery : Query
{
    /// <inheritdoc/>
    public override string ToString() => "*:*";
}

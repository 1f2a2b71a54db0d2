namespace SearchEngine.News.Search;

/// <summary>The order of search results.</summary>
public enum NewsSort
{
    /// <summary>By BM25 relevance, best first (ties by article id, in ordinal order).</summary>
    Relevance,

    /// <summary>Newest first; ties (and articles without a date, which come last) by relevance, then by article id.</summary>
    Date,

    /// <summary>Oldest first; ties by relevance, and articles without a date last, as for <see cref="Date"/>.</summary>
    DateOldestFirst,
}

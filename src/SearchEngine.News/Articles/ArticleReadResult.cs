using System.Diagnostics.CodeAnalysis;

namespace SearchEngine.News.Articles;

/// <summary>One record of an article source: either the article it holds or the error that made it unreadable.</summary>
public sealed class ArticleReadResult
{
    /// <summary>Initializes a result holding an article.</summary>
    /// <param name="article">The article read.</param>
    public ArticleReadResult(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
    }

    /// <summary>Initializes a result holding an article read from <paramref name="path"/> at <paramref name="line"/> (1-based).</summary>
    /// <param name="article">The article read.</param>
    /// <param name="path">The file holding it.</param>
    /// <param name="line">The 1-based line its record starts at.</param>
    public ArticleReadResult(Article article, string path, int line)
        : this(article)
    {
        Path = path;
        Line = line;
    }

    /// <summary>Initializes a result holding the error of a skipped record.</summary>
    /// <param name="error">What was wrong, and where.</param>
    public ArticleReadResult(ArticleError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Gets the article, or null when the record was malformed.</summary>
    public Article? Article { get; }

    /// <summary>Gets the file the article came from, or null when not known (an article built in memory).</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of the article's record in <see cref="Path"/>, or 0 when not known.</summary>
    public int Line { get; }

    /// <summary>Gets the error, or null when the record held an article.</summary>
    public ArticleError? Error { get; }

    /// <summary>Gets whether the record held an article (then <see cref="Article"/> is set, else <see cref="Error"/> is).</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsArticle => Article is not null;

    /// <summary>Returns the article's id or the error's "path:line: message", for diagnostics.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => IsArticle ? Article.Id : Error.ToString();
}

using System.Globalization;

namespace SearchEngine.News.Articles;

/// <summary>A malformed record that was skipped: where it is and what was wrong with it.</summary>
/// <param name="Path">The file holding the record, as the reader was given or found it.</param>
/// <param name="Line">The 1-based line of the record (a JSON Lines record; the offending line of a plain-text article).</param>
/// <param name="Message">What was wrong, e.g. "bad date '2022-13': month must be 01-12".</param>
public sealed record ArticleError(string Path, int Line, string Message)
{
    /// <summary>Returns the error as "path:line: message", the form compilers use and editors jump to.</summary>
    /// <returns>The error in one line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}: {Message}");
}

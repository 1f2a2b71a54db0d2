using SearchEngine.Analysis;
using SearchEngine.News.Highlighting;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Search;

/// <content>
/// Highlighting the hits of a page: the title (from its doc value) and the stored body, each with the analyzer of
/// the hit's language and the query the search ran, on that language's fields (<c>title_da</c>, <c>body_da</c>).
/// </content>
public sealed partial class NewsSearcher
{
    private static readonly HashSet<string> BodyField = new(StringComparer.Ordinal) { NewsFields.Body };

    /// <summary>One highlighter per language, weighing terms by their idf in this searcher's index.</summary>
    private readonly Dictionary<string, PassageHighlighter> highlighters = new(StringComparer.Ordinal);

    private void CreateHighlighters()
    {
        foreach (string language in AnalyzerRegistry.Languages)
        {
            highlighters[language] = new PassageHighlighter(analyzers(language), Snapshot);
        }
    }

    /// <summary>Returns how the hits of <paramref name="request"/> are highlighted with <paramref name="query"/>, or null when they are not.</summary>
    private static PageHighlight? HighlightOf(NewsSearchRequest request, Query query) =>
        request.Highlight
            ? new PageHighlight(query, new HighlightOptions { MaxPassages = request.SnippetCount, MaxPassageChars = request.SnippetLength })
            : null;

    /// <summary>
    /// Returns the hit with its title and body highlighted; the body is read from the stored fields only here, so
    /// searches without highlighting never decompress a stored-field block.
    /// </summary>
    private NewsHit Highlighted(NewsHit hit, int doc, PageHighlight highlight)
    {
        if (!highlighters.TryGetValue(hit.Language, out PassageHighlighter? highlighter))
        {
            return hit;
        }

        HighlightedText title = highlighter.HighlightWhole(highlight.Query, NewsFields.TitleOf(hit.Language), hit.Title);
        string body = ReadBody(doc);
        HighlightedText passages = highlighter.Highlight(highlight.Query, NewsFields.BodyOf(hit.Language), body, highlight.Options);
        return hit with
        {
            TitleHtml = title.ToHtml(),
            Snippets = HighlightMarkup.HtmlPassages(passages),
            TitleHighlight = title,
            BodyHighlight = passages,
        };
    }

    /// <summary>Returns the stored body of <paramref name="doc"/>, or "" when it has none.</summary>
    private string ReadBody(int doc)
    {
        IReadOnlyList<KeyValuePair<string, string>> stored = Snapshot.LoadStored(doc, BodyField);
        return stored.Count == 0 ? string.Empty : stored[0].Value;
    }

    /// <summary>What highlighting the hits of one page needs: the query that ran and the passage settings.</summary>
    /// <param name="Query">The query the search ran; clauses on other fields and filters do not mark.</param>
    /// <param name="Options">The number and length of passages.</param>
    private sealed record PageHighlight(Query Query, HighlightOptions Options);
}

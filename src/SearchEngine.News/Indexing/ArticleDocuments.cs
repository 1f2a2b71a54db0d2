using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.News.Articles;

namespace SearchEngine.News.Indexing;

/// <summary>Turns an article into the document the index stores (see <see cref="NewsFields"/>).</summary>
public static class ArticleDocuments
{
    /// <summary>Returns the term that identifies <paramref name="id"/>'s document, for updates and deletes.</summary>
    public static Term IdTerm(string id) => new(NewsFields.Id, id);

    /// <summary>Builds the document of <paramref name="article"/>, analyzing its text with its language's analyzer.</summary>
    public static Document ToDocument(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Analyzer analyzer = AnalyzerRegistry.Get(article.Language);
        // The fields a hit shows (id, title, date, language, persons, organizations) are also doc values, so a
        // result page loads without decompressing the stored-field blocks, which hold the bodies.
        var document = new Document()
            .Add(Field.Keyword(NewsFields.Id, article.Id, stored: true))
            .Add(Field.SortedSetDocValues(NewsFields.Id, article.Id))
            .Add(Field.SortedSetDocValues(NewsFields.Title, article.Title))
            .Add(Field.Keyword(NewsFields.Language, article.Language, stored: true))
            .Add(Field.SortedSetDocValues(NewsFields.Language, article.Language))
            .Add(Field.Text(NewsFields.TitleOf(article.Language), article.Title, analyzer, stored: false))
            .Add(Field.Text(NewsFields.BodyOf(article.Language), article.Body, analyzer, stored: false))
            .Add(Field.Stored(NewsFields.Title, article.Title))
            .Add(Field.Stored(NewsFields.Body, article.Body));

        if (article.Date is ArticleDate date)
        {
            document.Add(Field.Stored(NewsFields.Date, date.ToString()))
                .Add(Field.NumericDocValues(NewsFields.Date, date.SortKey))
                .Add(Field.SortedSetDocValues(NewsFields.DateText, date.ToString()));
            AddFacetTerm(document, NewsFields.Year, date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            if (date.Precision >= ArticleDatePrecision.Month)
            {
                AddFacetTerm(document, NewsFields.Month, date.ToString()[..7]);
            }

            if (date.Precision == ArticleDatePrecision.Day)
            {
                document.Add(Field.Keyword(NewsFields.Day, date.ToString()));
            }
        }

        foreach (string person in article.Persons)
        {
            AddFacetTerm(document, NewsFields.Person, person, stored: true);
        }

        foreach (string organization in article.Organizations)
        {
            AddFacetTerm(document, NewsFields.Organization, organization, stored: true);
        }

        return document;
    }

    private static void AddFacetTerm(Document document, string field, string value, bool stored = false)
    {
        document.Add(Field.Keyword(field, value, stored)).Add(Field.SortedSetDocValues(field, value));
    }
}

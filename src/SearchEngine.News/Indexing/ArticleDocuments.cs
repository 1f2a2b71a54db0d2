using SearchEngine.Analysis;
using SearchEngine.Core.Documents;
using SearchEngine.News.Articles;
using SearchEngine.News.Entities;
using SearchEngine.News.Search;

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

        ExtractedEntities? extracted = article.HasGivenPersons && article.HasGivenOrganizations
            ? null
            : EntityExtractor.Default.Extract(article.Title, article.Body, article.Language);
        AddEntities(document, NewsFields.Person, article.HasGivenPersons ? Given(article.Persons) : extracted!.Persons, surnames: !article.HasGivenPersons);
        AddEntities(document, NewsFields.Organization, article.HasGivenOrganizations ? Given(article.Organizations) : extracted!.Organizations, surnames: false);
        return document;
    }

    private static List<EntityValue> Given(IReadOnlyList<string> values)
    {
        var given = new List<EntityValue>(values.Count);
        foreach (string value in values)
        {
            given.Add(new EntityValue(value, [value], []));
        }

        return given;
    }

    /// <summary>
    /// Adds each entity's canonical value as term, facet value and stored value, and its aliases (and, when
    /// <paramref name="surnames"/>, the surnames of its spellings) as terms only:
    /// a filter or a <c>person:</c> query for any spelling finds the article, while facets count one value.
    /// </summary>
    private static void AddEntities(Document document, string field, IReadOnlyList<EntityValue> entities, bool surnames)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityValue entity in entities)
        {
            if (terms.Add(entity.Value))
            {
                AddFacetTerm(document, field, entity.Value, stored: true);
            }
        }

        foreach (EntityValue entity in entities)
        {
            foreach (string alias in entity.Aliases)
            {
                if (terms.Add(alias))
                {
                    document.Add(Field.Keyword(field, alias));
                }

                document.Add(Field.SortedSetDocValues(NewsFields.AliasOf(field), alias + NewsFacetValues.AliasSeparator + entity.Value));
            }

            if (surnames)
            {
                // An extracted person is also found by surname alone in any known spelling (Poetin, Nasarbajev),
                // as news refers to them; a source's own list is kept exactly as given.
                AddSurname(document, field, entity.Value, terms);
                foreach (string alias in entity.Aliases)
                {
                    AddSurname(document, field, alias, terms);
                }
            }
        }
    }

    private static void AddSurname(Document document, string field, string name, HashSet<string> terms)
    {
        int space = name.LastIndexOf(' ');
        if (space > 0 && terms.Add(name[(space + 1)..]))
        {
            document.Add(Field.Keyword(field, name[(space + 1)..]));
        }
    }

    private static void AddFacetTerm(Document document, string field, string value, bool stored = false)
    {
        document.Add(Field.Keyword(field, value, stored)).Add(Field.SortedSetDocValues(field, value));
    }
}

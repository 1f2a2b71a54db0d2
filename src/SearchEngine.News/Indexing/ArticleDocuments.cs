using System.Globalization;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Entities;
using SearchEngine.News.Facets;

namespace SearchEngine.News.Indexing;

/// <summary>
/// The article schema, defined once for every engine: turns an article into the <see cref="IndexDocument"/> the
/// engines index (see <see cref="NewsFields"/> for what each field is for).
/// </summary>
internal static class ArticleDocuments
{
    /// <summary>Builds the document of <paramref name="article"/>; its text fields are analysed in its language by the engine.</summary>
    public static IndexDocument ToDocument(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        // The fields a hit shows (id, title, date, language, persons, organizations) are also doc values, so a
        // result page loads without decompressing the stored-field blocks, which hold the bodies.
        var document = new IndexDocument()
            .Keyword(NewsFields.Id, article.Id)
            .Stored(NewsFields.Id, article.Id)
            .Value(NewsFields.Id, article.Id)
            .Value(NewsFields.Title, article.Title)
            .Keyword(NewsFields.Language, article.Language)
            .Stored(NewsFields.Language, article.Language)
            .Facet(NewsFields.Language, article.Language)
            .Text(NewsFields.TitleOf(article.Language), article.Title, article.Language)
            .Text(NewsFields.BodyOf(article.Language), article.Body, article.Language)
            .Stored(NewsFields.Title, article.Title)
            .Stored(NewsFields.Body, article.Body);

        if (article.Date is ArticleDate date)
        {
            document.Stored(NewsFields.Date, date.ToString())
                .Numeric(NewsFields.Date, date.SortKey)
                .Value(NewsFields.DateText, date.ToString());
            AddFacetTerm(document, NewsFields.Year, date.Year.ToString("D4", CultureInfo.InvariantCulture));
            if (date.Precision >= ArticleDatePrecision.Month)
            {
                AddFacetTerm(document, NewsFields.Month, date.ToString()[..7]);
            }

            if (date.Precision == ArticleDatePrecision.Day)
            {
                document.Keyword(NewsFields.Day, date.ToString());
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
    private static void AddEntities(IndexDocument document, string field, IReadOnlyList<EntityValue> entities, bool surnames)
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
                    document.Keyword(field, alias);
                }

                document.Facet(NewsFields.AliasOf(field), alias + NewsFacetValues.AliasSeparator + entity.Value);
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

    private static void AddSurname(IndexDocument document, string field, string name, HashSet<string> terms)
    {
        int space = name.LastIndexOf(' ');
        if (space > 0 && terms.Add(name[(space + 1)..]))
        {
            document.Keyword(field, name[(space + 1)..]);
        }
    }

    private static void AddFacetTerm(IndexDocument document, string field, string value, bool stored = false)
    {
        document.Keyword(field, value).Facet(field, value);
        if (stored)
        {
            document.Stored(field, value);
        }
    }
}

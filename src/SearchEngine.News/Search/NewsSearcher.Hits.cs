using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Querying;

namespace SearchEngine.News.Search;

/// <content>Filters, validation and loading the hits (from the engine's per-document values).</content>
public sealed partial class NewsSearcher
{
    private void Validate(NewsSearchRequest request) => NewsSearchRequestValidator.ThrowIfInvalid(request, Limits);

    private static void AddFilters(BooleanQueryBuilder builder, NewsSearchRequest request)
    {
        AddAnyOf(builder, NewsFields.Person, request.Persons);
        AddAnyOf(builder, NewsFields.Organization, request.Organizations);
        AddNoneOf(builder, NewsFields.Person, request.ExcludedPersons);
        AddNoneOf(builder, NewsFields.Organization, request.ExcludedOrganizations);
        if (request.Date is DateFilter date)
        {
            builder.Add(DateQueries.For(date), Occur.Filter);
        }
    }

    private static void AddAnyOf(BooleanQueryBuilder builder, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            // Values of one dimension are alternatives; dimensions are all required.
            builder.Add(DrillDimension.AnyOf(field, values).Filter, Occur.Filter);
        }
    }

    private static void AddNoneOf(BooleanQueryBuilder builder, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            // An exclusion is part of the base query, not a dimension: no facet count, sideways or not, brings it back.
            builder.Add(DrillDimension.AnyOf(field, values).Filter, Occur.MustNot);
        }
    }

    private NewsHit LoadHit(EngineScoreDoc hit, PageHighlight? highlight)
    {
        var values = new List<string>(4);
        string language = First(hit.Doc, NewsFields.Language, values) ?? string.Empty;
        string id = First(hit.Doc, NewsFields.Id, values)
            ?? throw new InvalidDataException($"Document {hit.Doc} of generation {Generation} has no id value (an index from before ids were doc values: rebuild it).");
        var loaded = new NewsHit(
            id,
            hit.Score,
            language,
            First(hit.Doc, NewsFields.Title, values) ?? string.Empty,
            First(hit.Doc, NewsFields.DateText, values),
            All(hit.Doc, NewsFields.Person),
            All(hit.Doc, NewsFields.Organization));
        return highlight is null ? loaded : Highlighted(loaded, hit.Doc, highlight);
    }

    private string? First(int doc, string field, List<string> values)
    {
        values.Clear();
        Snapshot.LoadValues(doc, field, values);
        return values.Count == 0 ? null : values[0];
    }

    private List<string> All(int doc, string field)
    {
        var values = new List<string>();
        Snapshot.LoadValues(doc, field, values);
        return values;
    }
}

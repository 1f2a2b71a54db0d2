using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Search;

/// <content>Filters, validation and loading the hits (from doc values).</content>
public sealed partial class NewsSearcher
{
    private void Validate(NewsSearchRequest request)
    {
        if (request.Size < 1 || request.Size > Limits.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Size, $"size must be between 1 and {Limits.MaxPageSize}.");
        }

        if (request.Page < 0 || ((long)request.Page + 1) * request.Size > Limits.MaxResultWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Page, $"page must be at least 0 and page * size + size at most {Limits.MaxResultWindow}.");
        }

        if (request.Language is not null && !Analysis.AnalyzerRegistry.TryGet(request.Language, out _))
        {
            throw new ArgumentException($"Unknown language '{request.Language}'; expected da or nl.", nameof(request));
        }

        ValidateHighlight(request);
    }

    private static void AddFilters(BooleanQueryBuilder builder, NewsSearchRequest request)
    {
        AddAnyOf(builder, NewsFields.Person, request.Persons);
        AddAnyOf(builder, NewsFields.Organization, request.Organizations);
        if (request.Date is DateFilter date)
        {
            builder.Add(DateQuery(date), Occur.Filter);
        }
    }

    /// <summary>Returns the query of a date filter: a term for one year, month or day, else a range over the date doc values.</summary>
    internal static Query DateQuery(DateFilter date)
    {
        if (date.Exact is Articles.ArticleDate exact)
        {
            string field = exact.Precision switch
            {
                Articles.ArticleDatePrecision.Year => NewsFields.Year,
                Articles.ArticleDatePrecision.Month => NewsFields.Month,
                _ => NewsFields.Day,
            };
            return new TermQuery(field, exact.ToString());
        }

        return new NumericRangeQuery(NewsFields.Date, date.LowerKey, date.UpperKey);
    }

    private static void AddAnyOf(BooleanQueryBuilder builder, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        // Values of one dimension are alternatives; dimensions are all required.
        var anyOf = new BooleanQueryBuilder();
        foreach (string value in values)
        {
            anyOf.Add(new TermQuery(field, value), Occur.Should);
        }

        builder.Add(anyOf.Build(), Occur.Filter);
    }

    private NewsHit LoadHit(ScoreDoc hit, PageHighlight? highlight)
    {
        int index = Reader.SegmentOf(hit.Doc);
        SegmentReader segment = Reader.Segments[index];
        int doc = hit.Doc - Reader.DocBase(index);
        var ordinals = new int[8];
        string language = First(segment, NewsFields.Language, doc, ref ordinals) ?? string.Empty;
        string id = First(segment, NewsFields.Id, doc, ref ordinals)
            ?? throw new InvalidDataException($"Document {doc} of segment {segment.Name} has no id doc value (an index from before ids were doc values: rebuild it).");
        var loaded = new NewsHit(
            id,
            hit.Score,
            language,
            First(segment, NewsFields.Title, doc, ref ordinals) ?? string.Empty,
            First(segment, NewsFields.DateText, doc, ref ordinals),
            All(segment, NewsFields.Person, doc, ref ordinals),
            All(segment, NewsFields.Organization, doc, ref ordinals));
        return highlight is null ? loaded : Highlighted(loaded, segment, doc, highlight);
    }

    private static string? First(SegmentReader segment, string field, int doc, ref int[] ordinals)
    {
        List<string> values = All(segment, field, doc, ref ordinals);
        return values.Count == 0 ? null : values[0];
    }

    private static List<string> All(SegmentReader segment, string field, int doc, ref int[] ordinals)
    {
        var values = new List<string>();
        SortedSetDocValues? docValues = segment.GetSortedSetDocValues(field);
        if (docValues is null)
        {
            return values;
        }

        int count = docValues.GetOrdinals(doc, ordinals);
        if (count > ordinals.Length)
        {
            ordinals = new int[count];
            docValues.GetOrdinals(doc, ordinals);
        }

        for (int i = 0; i < count; i++)
        {
            values.Add(docValues.LookupOrdinal(ordinals[i]));
        }

        return values;
    }
}

using SearchEngine.Core.Index;
using SearchEngine.Core.Search;
using SearchEngine.News.Indexing;

namespace SearchEngine.News.Search;

/// <content>Filters, validation and loading the stored fields of hits.</content>
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
    }

    private static void AddFilters(BooleanQueryBuilder builder, NewsSearchRequest request)
    {
        AddAnyOf(builder, NewsFields.Person, request.Persons);
        AddAnyOf(builder, NewsFields.Organization, request.Organizations);
        if (request.Date is DateFilter date)
        {
            builder.Add(new NumericRangeQuery(NewsFields.Date, date.LowerKey, date.UpperKey), Occur.Filter);
        }
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

    private NewsHit LoadHit(ScoreDoc hit)
    {
        int segment = SegmentOf(hit.Doc);
        var visitor = new HitVisitor();
        Reader.Segments[segment].Document(hit.Doc - Reader.DocBase(segment), visitor);
        return new NewsHit(visitor.Id, hit.Score, visitor.Language, visitor.Title, visitor.Date, visitor.Persons, visitor.Organizations);
    }

    private int SegmentOf(int doc)
    {
        int low = 0;
        int high = Reader.Segments.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >>> 1;
            if (Reader.DocBase(middle) <= doc)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Collects the stored fields a hit shows; skips the body (the largest value).</summary>
    private sealed class HitVisitor : StoredFieldVisitor
    {
        public string Id { get; private set; } = string.Empty;

        public string Language { get; private set; } = string.Empty;

        public string Title { get; private set; } = string.Empty;

        public string? Date { get; private set; }

        public List<string> Persons { get; } = [];

        public List<string> Organizations { get; } = [];

        public override StoredFieldStatus NeedsField(FieldInfo field) =>
            field.Name == NewsFields.Body ? StoredFieldStatus.No : StoredFieldStatus.Yes;

        public override void StringField(FieldInfo field, string value)
        {
            switch (field.Name)
            {
                case NewsFields.Id:
                    Id = value;
                    break;
                case NewsFields.Language:
                    Language = value;
                    break;
                case NewsFields.Title:
                    Title = value;
                    break;
                case NewsFields.Date:
                    Date = value;
                    break;
                case NewsFields.Person:
                    Persons.Add(value);
                    break;
                case NewsFields.Organization:
                    Organizations.Add(value);
                    break;
            }
        }
    }
}

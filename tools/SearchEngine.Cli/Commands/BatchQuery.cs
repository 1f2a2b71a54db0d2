using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>One line of a query file: <c>{"id", "query", "lang"?, "filters"?, "facets"?, "top"?, "highlight"?}</c>.</summary>
internal sealed record BatchQuery(string Id, string Query, string? Language, IReadOnlyList<string> Persons, IReadOnlyList<string> Organizations, DateFilter? Date, int Top)
{
    /// <summary>Gets the facet fields requested, with <c>date</c> expanded to <c>year</c> and <c>month</c>.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether the hits get a snippet: <c>"highlight"</c> of the line, true when left out, as
    /// the peers read it.
    /// </summary>
    public bool Highlight { get; init; } = true;

    /// <summary>Gets a value indicating whether the query has person, organization or date filters (so sideways counts are written).</summary>
    public bool HasFilters => Persons.Count > 0 || Organizations.Count > 0 || Date is not null;

    /// <summary>Reads every query of a JSON Lines file; a malformed line is an error naming file and line.</summary>
    public static List<BatchQuery> ReadAll(string path)
    {
        var queries = new List<BatchQuery>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument json = JsonDocument.Parse(line);
                queries.Add(Parse(json.RootElement));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: bad query line: {ex.Message}", ex);
            }
        }

        return queries;
    }

    /// <summary>Returns the search request of this query, highlighting (when asked) <paramref name="snippets"/> passages of at most <paramref name="snippetLength"/> characters.</summary>
    public NewsSearchRequest ToRequest(int snippets = 1, int snippetLength = 200) => new(Query)
    {
        Language = Language,
        Persons = Persons,
        Organizations = Organizations,
        Date = Date,
        Size = Top,
        Highlight = Highlight,
        SnippetCount = snippets,
        SnippetLength = snippetLength,
    };

    private static BatchQuery Parse(JsonElement root)
    {
        string id = root.GetProperty("id").GetString() ?? throw new InvalidOperationException("'id' is null");
        string query = root.TryGetProperty("query", out JsonElement q) ? q.GetString() ?? string.Empty : string.Empty;
        string? language = root.TryGetProperty("lang", out JsonElement l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        int top = root.TryGetProperty("top", out JsonElement t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 10;
        List<string> persons = [];
        List<string> organizations = [];
        DateFilter? date = null;
        if (root.TryGetProperty("filters", out JsonElement filters) && filters.ValueKind == JsonValueKind.Object)
        {
            persons = Strings(filters, "person");
            organizations = Strings(filters, "organization");
            if (filters.TryGetProperty("date", out JsonElement d))
            {
                date = d.ValueKind == JsonValueKind.String
                    ? DateFilter.Exactly(ArticleDate.Parse(d.GetString()!))
                    : new DateFilter(OptionalDate(d, "from"), OptionalDate(d, "to"));
            }
        }

        var facets = new List<string>();
        foreach (string facet in Strings(root, "facets"))
        {
            if (facet == "date")
            {
                facets.Add("year");
                facets.Add("month");
            }
            else if (!facets.Contains(facet))
            {
                facets.Add(facet);
            }
        }

        bool highlight = !root.TryGetProperty("highlight", out JsonElement h) || h.ValueKind != JsonValueKind.False;
        return new BatchQuery(id, query, language, persons, organizations, date, top) { Facets = facets, Highlight = highlight };
    }

    private static List<string> Strings(JsonElement parent, string name)
    {
        var values = new List<string>();
        if (parent.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement value in array.EnumerateArray())
            {
                values.Add(value.GetString() ?? string.Empty);
            }
        }

        return values;
    }

    private static ArticleDate? OptionalDate(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? ArticleDate.Parse(value.GetString()!) : null;
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using SearchEngine.News;
using SearchEngine.News.Articles;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchctl search [--lang da|nl] [--person X]... [--org Y]... [--not-person X]... [--not-org Y]... [--date D | --from D --to D] [--sort relevance|date|oldest] [--after CURSOR]
/// [--top N] [--snippets N] [--snippet-length N] [--json] [--facets date,person,organization,lang] QUERY</c>: the best
/// articles for a query, with highlighted titles and snippets, and facet counts.
/// </summary>
internal static class SearchCommand
{
    private const int DefaultTop = 10;
    private const int DefaultSnippets = 3;
    private const int DefaultSnippetLength = 200;

    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        int maxTop = new NewsSearchLimits().MaxPageSize;
        var query = new Argument<string>("QUERY")
        {
            Description = "The query (classic syntax; see the README). Empty or left out matches every article.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => string.Empty,
        };
        var language = new Option<string?>("--lang") { Description = "Analyze the query as da or nl and keep that language's articles (default: both)." };
        OneOf(language, "da", "nl");
        var persons = new Option<string[]>("--person") { Description = "Keep articles naming this person (repeat for alternatives).", AllowMultipleArgumentsPerToken = false };
        var organizations = new Option<string[]>("--org") { Description = "Keep articles naming this organization (repeat for alternatives)." };
        var notPersons = new Option<string[]>("--not-person") { Description = "Drop articles naming this person (repeat to drop several); it then has no count in any facet." };
        var notOrganizations = new Option<string[]>("--not-org") { Description = "Drop articles naming this organization (repeat to drop several)." };
        var date = new Option<string?>("--date") { Description = "Keep articles of this year, month or day (YYYY, YYYY-MM, YYYY-MM-DD)." };
        var from = new Option<string?>("--from") { Description = "Keep articles from this date on (a month counts from its first day)." };
        var to = new Option<string?>("--to") { Description = "Keep articles up to this date (a month counts to its last day)." };
        var sort = new Option<string?>("--sort") { Description = "relevance (default), date (newest first) or oldest (oldest first).", DefaultValueFactory = _ => "relevance" };
        OneOf(sort, "relevance", "date", "oldest");
        var after = new Option<string?>("--after")
        {
            Description = "Continue right after the page that printed this cursor (its next), past the result window, with the same query, filters and --sort; not with --page.",
            HelpName = "CURSOR",
        };
        var top = new Option<int>("--top") { Description = $"Number of hits per page (default 10, at most {maxTop}).", DefaultValueFactory = _ => DefaultTop };
        var page = new Option<int>("--page") { Description = "The page of hits to print, counted from 1 (default 1), each --top hits long.", HelpName = "N", DefaultValueFactory = _ => 1 };
        var facets = new Option<string[]>("--facets")
        {
            Description = $"Count these facets after the hits, comma-separated: {string.Join(", ", NewsFacets.Names)}. A filtered dimension is counted without its own filter (drill-sideways).",
            HelpName = "LIST",
            AllowMultipleArgumentsPerToken = false,
        };
        var limits = new NewsSearchLimits();
        var snippets = new Option<int>("--snippets")
        {
            Description = $"Highlighted passages of the body per hit (default 3, at most {limits.MaxSnippetCount}); 0 turns highlighting off.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultSnippets,
        };
        snippets.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--snippets must not be negative (0 turns highlighting off)."); } });
        var snippetLength = new Option<int>("--snippet-length")
        {
            Description = $"Longest passage in characters (default 200, at most {limits.MaxSnippetLength}).",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultSnippetLength,
        };
        Option<bool> json = CommonOptions.Json("Print one JSON object: query, total, page, size, tookMs, next (the cursor for --after, null on the last page), hits (with titleHtml and snippets) and, with --facets, facets.");
        var command = new Command("search", "Search the index and print the best articles with highlighted snippets and, with --facets, facet counts.")
        {
            query, language, persons, organizations, notPersons, notOrganizations, date, from, to, sort, after, top, page, snippets, snippetLength, facets, json,
        };
        // The request the options describe (dates already accepted by the validator below).
        NewsSearchRequest ToRequest(CommandResult result) => new(result.GetValue(query) ?? string.Empty)
        {
            Language = result.GetValue(language),
            Persons = result.GetValue(persons) ?? [],
            Organizations = result.GetValue(organizations) ?? [],
            ExcludedPersons = result.GetValue(notPersons) ?? [],
            ExcludedOrganizations = result.GetValue(notOrganizations) ?? [],
            Date = ParseDate(result.GetValue(date)) is ArticleDate d ? DateFilter.Exactly(d)
                : result.GetValue(from) is null && result.GetValue(to) is null ? null
                : new DateFilter(ParseDate(result.GetValue(from)), ParseDate(result.GetValue(to))),
            Sort = result.GetValue(sort) switch { "date" => NewsSort.Date, "oldest" => NewsSort.DateOldestFirst, _ => NewsSort.Relevance },
            After = result.GetValue(after),
            Size = ValueOf(result, top, DefaultTop),
            Page = ValueOf(result, page, 1),
            Highlight = ValueOf(result, snippets, DefaultSnippets) > 0,
            SnippetCount = Math.Max(1, ValueOf(result, snippets, DefaultSnippets)),
            SnippetLength = ValueOf(result, snippetLength, DefaultSnippetLength),
        };

        command.Validators.Add(result =>
        {
            // Usage errors: System.CommandLine reports the first one as one line and the command exits with 2.
            if (result.GetValue(date) is not null && (result.GetValue(from) is not null || result.GetValue(to) is not null))
            {
                result.AddError("--date cannot be combined with --from or --to.");
            }

            ArticleDate? fromDate = null;
            ArticleDate? toDate = null;
            if (!TryDate(result, "--date", result.GetValue(date), out _) || !TryDate(result, "--from", result.GetValue(from), out fromDate)
                || !TryDate(result, "--to", result.GetValue(to), out toDate))
            {
                return;
            }

            // The limits are checked once, by the facade's validator, and reported as usage errors under the option names.
            foreach (RequestError error in NewsSearchRequestValidator.Check(ToRequest(result), limits))
            {
                result.AddError($"{OptionOf(error.Parameter)}: {error.Message}");
            }

            foreach (string facet in FacetNames(result.GetValue(facets)))
            {
                if (!NewsFacets.Names.Contains(facet))
                {
                    result.AddError($"--facets: unknown facet '{facet}' (expected {string.Join(", ", NewsFacets.Names)}).");
                    break;
                }
            }
        });
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(CommonOptions.Index);
            IndexCheck.RequireIndex(path);
            NewsSearchRequest request = ToRequest(parsed.CommandResult);
            List<string> facetNames = FacetNames(parsed.GetValue(facets));

            NewsSearchResponse response;
            NewsFacetedResponse? faceted = null;
            using (NewsIndex index = NewsIndex.Open(path))
            {
                if (facetNames.Count > 0)
                {
                    faceted = index.SearchWithFacets(request, facetNames);
                    response = faceted.Response;
                }
                else
                {
                    response = index.Search(request);
                }
            }

            IReadOnlyList<SearchFacetOutput.Facet> facetOutput = faceted is null ? [] : SearchFacetOutput.Collect(request, facetNames, faceted);
            Print(console, request, response, facetOutput, parsed.GetValue(json));
            return 0;
        });
        return command;
    }

    /// <summary>Accepts only <paramref name="values"/> for <paramref name="option"/>, with a one-line error naming the option.</summary>
    private static void OneOf(Option<string?> option, params string[] values) => option.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<string?>() is string value && !values.Contains(value, StringComparer.Ordinal))
        {
            r.AddError($"{option.Name}: '{value}' is not one of {string.Join(", ", values)}.");
        }
    });

    /// <summary>Returns the value given for <paramref name="option"/>, or <paramref name="fallback"/> (its default) when it was not given.</summary>
    private static int ValueOf(CommandResult result, Option<int> option, int fallback) =>
        result.GetResult(option) is OptionResult given && !given.Implicit ? given.GetValueOrDefault<int>() : fallback;

    /// <summary>Returns the option that sets a request parameter, for usage errors.</summary>
    private static string OptionOf(string parameter) => parameter switch
    {
        "q" => "QUERY",
        "size" => "--top",
        "organization" => "--org",
        "notperson" => "--not-person",
        "notorganization" => "--not-org",
        "snippetCount" => "--snippets",
        "snippetLength" => "--snippet-length",
        _ => "--" + parameter,
    };

    /// <summary>Splits the <c>--facets</c> values at commas, dropping blanks and repeats.</summary>
    private static List<string> FacetNames(string[]? values)
    {
        var names = new List<string>();
        foreach (string value in values ?? [])
        {
            foreach (string name in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static bool TryDate(CommandResult result, string option, string? text, out ArticleDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (ArticleDate.TryParse(text, out ArticleDate parsed))
        {
            date = parsed;
            return true;
        }

        result.AddError($"{option}: bad date '{text}' (expected YYYY, YYYY-MM or YYYY-MM-DD).");
        return false;
    }

    /// <summary>Parses a date the validator has already accepted.</summary>
    private static ArticleDate? ParseDate(string? text) => text is null ? null : ArticleDate.Parse(text);

    private static void Print(CliConsole console, NewsSearchRequest request, NewsSearchResponse response, IReadOnlyList<SearchFacetOutput.Facet> facets, bool json)
    {
        TextWriter output = console.Out;
        if (json)
        {
            var result = new Dictionary<string, object?>
            {
                ["query"] = request.Query,
                ["total"] = response.Total,
                ["page"] = request.Page,
                ["size"] = request.Size,
                ["tookMs"] = Math.Round(response.Elapsed.TotalMilliseconds, 3),
                ["next"] = response.NextCursor,
                ["hits"] = response.Hits.Select(h => new Dictionary<string, object?>
                {
                    ["id"] = h.Id,
                    ["score"] = h.Score,
                    ["title"] = h.Title,
                    ["date"] = h.Date,
                    ["lang"] = h.Language,
                    ["titleHtml"] = h.TitleHtml,
                    ["snippets"] = h.Snippets,
                    ["persons"] = h.Persons,
                    ["organizations"] = h.Organizations,
                }).ToList(),
            };
            if (facets.Count > 0)
            {
                result["facets"] = SearchFacetOutput.ToJson(facets);
            }

            output.WriteLine(JsonSerializer.Serialize(result, NewsJson.Options));
            return;
        }

        SnippetText marks = SnippetText.For(console);
        int rank = (request.Page - 1) * request.Size;
        foreach (NewsHit hit in response.Hits)
        {
            rank++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,3}. {hit.Score,8:0.0000}  [{hit.Language}] {hit.Date ?? "----"}  {hit.Id}  {marks.Title(hit)}"));
            foreach (string snippet in marks.Snippets(hit))
            {
                output.WriteLine("       " + snippet);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} matching articles ({response.Elapsed.TotalMilliseconds:0.0} ms)"));
        SearchFacetOutput.WriteText(output, facets);
    }
}

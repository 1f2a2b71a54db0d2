using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SearchEngine.News.Articles;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchctl search [--lang] [--person X]... [--org Y]... [--date D | --from D --to D] [--sort relevance|date]
/// [--top N] [--json] QUERY</c>: the best articles for a query.
/// </summary>
internal static class SearchCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("QUERY") { Description = "The query (classic syntax; see the README). Empty matches every article." };
        var language = new Option<string?>("--lang") { Description = "Analyze the query as da or nl and keep that language's articles (default: both)." };
        language.AcceptOnlyFromAmong("da", "nl");
        var persons = new Option<string[]>("--person") { Description = "Keep articles naming this person (repeat for alternatives).", AllowMultipleArgumentsPerToken = false };
        var organizations = new Option<string[]>("--org") { Description = "Keep articles naming this organization (repeat for alternatives)." };
        var date = new Option<string?>("--date") { Description = "Keep articles of this year, month or day (YYYY, YYYY-MM, YYYY-MM-DD)." };
        var from = new Option<string?>("--from") { Description = "Keep articles from this date on (a month counts from its first day)." };
        var to = new Option<string?>("--to") { Description = "Keep articles up to this date (a month counts to its last day)." };
        var sort = new Option<string>("--sort") { Description = "relevance (default) or date (newest first).", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var top = new Option<int>("--top") { Description = "Number of hits (default 10).", DefaultValueFactory = _ => 10 };
        Option<bool> json = CommonOptions.Json("Print one JSON object: query, total, tookMs, hits.");
        var command = new Command("search", "Search the index and print the best articles.")
        {
            query, language, persons, organizations, date, from, to, sort, top, json,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(date) is not null && (result.GetValue(from) is not null || result.GetValue(to) is not null))
            {
                result.AddError("--date cannot be combined with --from or --to.");
            }
        });
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(CommonOptions.Index);
            IndexCheck.RequireIndex(path);
            var request = new NewsSearchRequest(parsed.GetValue(query) ?? string.Empty)
            {
                Language = parsed.GetValue(language),
                Persons = parsed.GetValue(persons) ?? [],
                Organizations = parsed.GetValue(organizations) ?? [],
                Date = DateOption("--date", parsed.GetValue(date)) is ArticleDate d ? DateFilter.Exactly(d)
                    : parsed.GetValue(from) is null && parsed.GetValue(to) is null ? null
                    : new DateFilter(DateOption("--from", parsed.GetValue(from)), DateOption("--to", parsed.GetValue(to))),
                Sort = parsed.GetValue(sort) == "date" ? NewsSort.Date : NewsSort.Relevance,
                Size = parsed.GetValue(top),
            };

            NewsSearchResponse response;
            using (NewsIndex index = NewsIndex.Open(path))
            {
                response = index.Search(request);
            }

            Print(console.Out, request, response, parsed.GetValue(json));
            return 0;
        });
        return command;
    }

    private static ArticleDate? DateOption(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return ArticleDate.TryParse(text, out ArticleDate date)
            ? date
            : throw new ArgumentException($"{option}: bad date '{text}' (expected YYYY, YYYY-MM or YYYY-MM-DD).");
    }

    private static void Print(TextWriter output, NewsSearchRequest request, NewsSearchResponse response, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["query"] = request.Query,
                ["total"] = response.Total,
                ["tookMs"] = Math.Round(response.Elapsed.TotalMilliseconds, 3),
                ["hits"] = response.Hits.Select(h => new Dictionary<string, object?>
                {
                    ["id"] = h.Id,
                    ["score"] = h.Score,
                    ["title"] = h.Title,
                    ["date"] = h.Date,
                    ["lang"] = h.Language,
                    ["persons"] = h.Persons,
                    ["organizations"] = h.Organizations,
                }).ToList(),
            }));
            return;
        }

        int rank = 0;
        foreach (NewsHit hit in response.Hits)
        {
            rank++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,3}. {hit.Score,8:0.0000}  [{hit.Language}] {hit.Date ?? "----"}  {hit.Id}  {hit.Title}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} matching articles ({response.Elapsed.TotalMilliseconds:0.0} ms)"));
    }
}

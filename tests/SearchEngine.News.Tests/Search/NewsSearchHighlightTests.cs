using System.Text.RegularExpressions;
using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Highlighting;
using SearchEngine.News.Indexing;
using SearchEngine.News.QueryParsing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// Highlighted hits through <see cref="NewsIndex"/>: titles and body snippets as HTML and as structured spans, over
/// the two seed articles and hand-written ones, per language, with filters and facets, and switched off.
/// </summary>
/// <summary>Run on each engine: the sealed subclasses at the end of the file.</summary>
public abstract partial class NewsSearchHighlightTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly NewsIndex index;

    protected NewsSearchHighlightTests(string engine)
    {
        index = NewsIndex.Open(temp.Path, new NewsIndexOptions { Engine = engine });
        string seeds = TestData.RequireShared("seeds");
        foreach (ArticleReadResult result in ArticleReader.Read(seeds))
        {
            // Entity lists given, so the seeds index without the entity extractor.
            Article seed = result.Article!;
            index.Add(new Article(seed.Id, seed.Language, seed.Date, seed.Title, seed.Body, ["Kassym-Jomart Tokajev"], ["CSTO"]));
        }

        Add("x1", "da", "Skatten på <script>-tags & andet", "Regeringen vil sænke skatten på <script>alert('x')</script> & andre ting. Der er mere tekst her.", []);
        Add("x2", "da", "Regeringen sænker skatten", "Ministeren siger intet om det. Regeringen vil sænke skatten i år.", ["Mette Frederiksen"]);
        Add("x3", "nl", "De regering valt", "De regering is gevallen na de verkiezingen. Niemand had het verwacht.", ["Mark Rutte"]);
        Add("x4", "da", "Vindmøller", "Der bygges vindmøller ud for kysten. Regeringen har givet tilladelse.", ["Mette Frederiksen"]);
        index.Commit();
    }

    [Fact]
    public void AQueryForTheStemMarksTheInflectedFormsInTitleAndBody()
    {
        NewsHit hit = Assert.Single(index.Search(new NewsSearchRequest("tilbagetrækning") { Language = "da" }).Hits);

        Assert.StartsWith("000_", hit.Id, StringComparison.Ordinal);
        Assert.StartsWith("<mark>Tilbagetrækning</mark> af russisk-ledede styrker", hit.TitleHtml, StringComparison.Ordinal);
        Assert.Contains(hit.Snippets, s => s.Contains("<mark>Tilbagetrækningen</mark> vil være tilendebragt", StringComparison.Ordinal));
        Assert.InRange(hit.Snippets.Count, 1, 3);
        Assert.All(hit.Snippets, s => Assert.Contains("<mark>", s, StringComparison.Ordinal));

        // The structured form: the same passages, with offsets into the stored body.
        HighlightedText body = Assert.IsType<HighlightedText>(hit.BodyHighlight);
        Assert.True(body.Matched);
        Assert.Equal(hit.Snippets.Count, body.Passages.Count);
        List<string> marked = [.. body.Passages.SelectMany(p => p.Matches).Select(m => body.Text[m.Start..m.End])];
        Assert.Contains("Tilbagetrækningen", marked);
        Assert.All(marked, m => Assert.StartsWith("tilbagetrækning", m, StringComparison.OrdinalIgnoreCase));
        HighlightedText title = Assert.IsType<HighlightedText>(hit.TitleHighlight);
        Assert.Equal(hit.Title, title.Text);
        Assert.Equal(new MatchSpan(0, "Tilbagetrækning".Length), title.Passages[0].Matches[0]);
    }

    [Theory]
    [InlineData("x2", "regeringen", "<mark>Regeringen</mark> sænker skatten", "Ministeren siger intet om det. <mark>Regeringen</mark> vil sænke skatten i år.")]
    [InlineData("x4", "regeringen vindmøller", "<mark>Vindmøller</mark>", "Der bygges <mark>vindmøller</mark> ud for kysten. <mark>Regeringen</mark> har givet tilladelse.")]
    [InlineData("x2", "\"sænke skatten\"", "Regeringen <mark>sænker skatten</mark>", "Ministeren siger intet om det. Regeringen vil <mark>sænke skatten</mark> i år.")]
    [InlineData("x3", "regering", "De <mark>regering</mark> valt", "De <mark>regering</mark> is gevallen na de verkiezingen. Niemand had het verwacht.")]
    [InlineData("x2", "", "Regeringen sænker skatten", "Ministeren siger intet om det. Regeringen vil sænke skatten i år.")]
    [InlineData("x2", "person:\"Mette Frederiksen\" AND lang:da", "Regeringen sænker skatten", "Ministeren siger intet om det. Regeringen vil sænke skatten i år.")]
    public void AnArticleReadWholeHasEveryMatchInItsLanguageMarkedAndNothingLeftOut(string id, string query, string titleHtml, string bodyHtml)
    {
        HighlightedArticle article = index.GetArticle(id, query)!;

        Assert.Equal(id, article.Article.Id);
        Assert.Equal(titleHtml, article.TitleHtml);
        Assert.Equal(bodyHtml, article.BodyHtml);
    }

    [Fact]
    public void AnArticleReadWholeIsEscapedAndAMissingOneOrABadQuerySaysSo()
    {
        HighlightedArticle article = index.GetArticle("x1", "skatten")!;

        Assert.Equal("<mark>Skatten</mark> på &lt;script&gt;-tags &amp; andet", article.TitleHtml);
        Assert.StartsWith("Regeringen vil sænke <mark>skatten</mark> på &lt;script&gt;alert(", article.BodyHtml, StringComparison.Ordinal);
        Assert.EndsWith("&amp; andre ting. Der er mere tekst her.", article.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", article.BodyHtml, StringComparison.Ordinal);
        Assert.Null(index.GetArticle("no-such-article", "skatten"));
        Assert.Throws<QueryParseException>(() => index.GetArticle("x1", "(skatten"));
    }

    [Fact]
    public void APhraseMarksOnlyItsOccurrencesAsOneSpan()
    {
        NewsHit hit = Assert.Single(index.Search(new NewsSearchRequest("\"internationale troepenmacht\"") { Language = "nl", SnippetCount = 5 }).Hits);

        // "troepenmacht" alone occurs in the seed too ("de troepenmacht van start"): it is not part of the phrase.
        List<string> marks = Marks(hit.Snippets);
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("internationale troepenmacht", m));
        Assert.Contains("troepenmacht van start", hit.BodyHighlight!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APersonFilterAloneGivesTheOpeningWithoutMarks()
    {
        NewsSearchResponse response = index.Search(new NewsSearchRequest(string.Empty) { Persons = ["Kassym-Jomart Tokajev"] });

        Assert.Equal(2, response.Hits.Count);
        foreach (NewsHit hit in response.Hits)
        {
            string snippet = Assert.Single(hit.Snippets);
            Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("<mark>", hit.TitleHtml, StringComparison.Ordinal);
            Assert.False(hit.BodyHighlight!.Matched);
            Assert.Equal(0, hit.BodyHighlight.Passages[0].Start);
            Assert.StartsWith(snippet, hit.BodyHighlight.Text, StringComparison.Ordinal);
            Assert.InRange(snippet.Length, 1, 200);
        }
    }

    [Fact]
    public void ATitleOnlyMatchMarksTheTitleAndShowsTheBodysOpening()
    {
        NewsHit hit = Assert.Single(index.Search(new NewsSearchRequest("title:vindmøller") { Language = "da" }).Hits);

        Assert.Equal("<mark>Vindmøller</mark>", hit.TitleHtml);
        Assert.Equal(["Der bygges vindmøller ud for kysten. Regeringen har givet tilladelse."], hit.Snippets);
        Assert.False(hit.BodyHighlight!.Matched);
    }

    [Fact]
    public void TitleMarksFollowTheQuery()
    {
        NewsHit hit = index.Search(new NewsSearchRequest("skatten") { Language = "da" }).Hits.Single(h => h.Id == "x2");

        Assert.Equal("Regeringen sænker <mark>skatten</mark>", hit.TitleHtml);
        Assert.Equal(["Regeringen vil sænke <mark>skatten</mark> i år."], hit.Snippets);
    }

    [Fact]
    public void MarkupInAnArticleIsEscapedInTitleAndSnippets()
    {
        NewsHit hit = index.Search(new NewsSearchRequest("skatten") { Language = "da" }).Hits.Single(h => h.Id == "x1");

        Assert.Equal("<mark>Skatten</mark> på &lt;script&gt;-tags &amp; andet", hit.TitleHtml);
        Assert.Equal(["Regeringen vil sænke <mark>skatten</mark> på &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; andre ting."], hit.Snippets);

        // Not highlighted, the title is still escaped for HTML.
        NewsHit plain = index.Search(new NewsSearchRequest("skatten") { Language = "da", Highlight = false }).Hits.Single(h => h.Id == "x1");
        Assert.Equal("Skatten på &lt;script&gt;-tags &amp; andet", plain.TitleHtml);
    }

    [Fact]
    public void WithoutBothLanguagesEachHitIsHighlightedInItsOwnLanguage()
    {
        NewsSearchResponse response = index.Search(new NewsSearchRequest("regering") { Size = 10 });

        Assert.Contains(response.Hits, h => h.Language == "da");
        Assert.Contains(response.Hits, h => h.Language == "nl");
        NewsHit dutch = response.Hits.Single(h => h.Id == "x3");
        Assert.Equal("De <mark>regering</mark> valt", dutch.TitleHtml);
        Assert.Equal(["De <mark>regering</mark> is gevallen na de verkiezingen."], dutch.Snippets);
        NewsHit danish = response.Hits.Single(h => h.Id == "x2");
        Assert.Equal(["<mark>Regeringen</mark> vil sænke skatten i år."], danish.Snippets);
    }

    [Fact]
    public void WithoutHighlightingNoSnippetsAreMade()
    {
        NewsHit hit = index.Search(new NewsSearchRequest("skatten") { Language = "da", Highlight = false }).Hits.Single(h => h.Id == "x2");

        Assert.Empty(hit.Snippets);
        Assert.Null(hit.TitleHighlight);
        Assert.Null(hit.BodyHighlight);
        Assert.Equal("Regeringen sænker skatten", hit.TitleHtml);
    }

    [Fact]
    public void SnippetCountAndLengthAreHonoured()
    {
        NewsHit one = Assert.Single(index.Search(new NewsSearchRequest("tilbagetrækning CSTO Tokajev") { Language = "da", SnippetCount = 1 }).Hits);
        Assert.Single(one.Snippets);

        NewsHit many = Assert.Single(index.Search(new NewsSearchRequest("tilbagetrækning CSTO Tokajev") { Language = "da", SnippetCount = 6, SnippetLength = 60 }).Hits);
        Assert.Equal(6, many.Snippets.Count);
        Assert.All(many.BodyHighlight!.Passages, p => Assert.InRange(p.End - p.Start, 1, 60));
        Assert.All(many.Snippets, s => Assert.Contains("<mark>", s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 200)]
    [InlineData(11, 200)]
    [InlineData(3, 0)]
    [InlineData(3, 1001)]
    public void SnippetSettingsOutsideTheLimitsAreRejected(int count, int length)
    {
        var request = new NewsSearchRequest("skatten") { SnippetCount = count, SnippetLength = length };

        Assert.Throws<InvalidSearchRequestException>(() => index.Search(request));

        // Without highlighting they are not used, so not checked.
        Assert.NotEmpty(index.Search(request with { Highlight = false }).Hits);
    }

    [Fact]
    public void FacetedSearchesCarryTheSameHighlightedHits()
    {
        var request = new NewsSearchRequest("regeringen OR skatten") { Language = "da", Persons = ["Mette Frederiksen"] };

        NewsSearchResponse plain = index.Search(request);
        NewsFacetedResponse faceted = index.SearchWithFacets(request, ["person", "lang", "date"]);
        using NewsSearcherLease lease = index.AcquireSearcher();
        NewsFacetedResponse drill = lease.Searcher.SearchWithFacets(request, ["person"]);

        Assert.Equal(["x2", "x4"], plain.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        foreach (NewsSearchResponse other in (NewsSearchResponse[])[faceted.Response, drill.Response])
        {
            Assert.Equal(plain.Hits.Select(h => h.Id), other.Hits.Select(h => h.Id));
            Assert.Equal(plain.Hits.Select(h => h.TitleHtml), other.Hits.Select(h => h.TitleHtml));
            Assert.Equal(plain.Hits.Select(h => string.Join("|", h.Snippets)), other.Hits.Select(h => string.Join("|", h.Snippets)));
        }

        Assert.Equal(["<mark>Regeringen</mark> har givet tilladelse."], plain.Hits.Single(h => h.Id == "x4").Snippets);
    }

    public void Dispose()
    {
        index.Dispose();
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static List<string> Marks(IEnumerable<string> snippets) =>
        [.. snippets.SelectMany(s => MarkPattern().Matches(s)).Select(m => m.Groups[1].Value)];

    private void Add(string id, string language, string title, string body, string[] persons) =>
        index.Add(new Article(id, language, ArticleDate.Parse("2022-01-11"), title, body, persons, []));

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();
}

public sealed class NewsSearchHighlightTestsOnNative() : NewsSearchHighlightTests(NewsEngines.Native);

public sealed class NewsSearchHighlightTestsOnLuceneNet() : NewsSearchHighlightTests(NewsEngines.LuceneNet);

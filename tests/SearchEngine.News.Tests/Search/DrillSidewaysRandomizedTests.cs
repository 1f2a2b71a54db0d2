using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

/// <summary>
/// Drill-sideways counts equal counts computed directly from the articles, whatever the segments an index happens to
/// have (a multi-threaded build makes a different split each time): each filtered dimension is counted under every
/// filter but its own. Run on each engine: the sealed subclasses at the end of the file.
/// </summary>
public abstract class DrillSidewaysRandomizedTests(string engine) : IDisposable
{
    private static readonly string[] PersonPool = ["Karen Holmgaard", "Willem van Straaten", "Lene Kragh", "Rasmus Bech", "Sanne Mulder", "Ida Nørlund"];
    private static readonly string[] OrganizationPool = ["Vestervind", "Tweede Kamer", "Folketinget", "Polderbank", "Noordzeealliantie"];

    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void SidewaysCountsEqualDirectCountsWhateverTheSegments(int seed)
    {
        var random = new Random(seed);
        List<Article> articles = [.. Enumerable.Range(0, 40).Select(i => RandomArticle(random, i))];
        using NewsIndex index = NewsIndex.Open(Path.Combine(temp.Path, seed.ToString(System.Globalization.CultureInfo.InvariantCulture)), new NewsIndexOptions { Engine = engine });
        foreach (Article article in articles)
        {
            index.Add(article);
            if (random.Next(8) == 0)
            {
                index.Commit();
            }
        }

        // Some updates leave deleted documents behind in earlier segments.
        foreach (Article article in articles.Where(_ => random.Next(6) == 0).ToList())
        {
            index.Add(article);
        }

        index.Commit();
        for (int round = 0; round < 12; round++)
        {
            string[] persons = [.. PersonPool.Where(_ => random.Next(3) == 0).Take(2)];
            string[] organizations = [.. OrganizationPool.Where(_ => random.Next(3) == 0).Take(2)];
            if (persons.Length == 0 && organizations.Length == 0)
            {
                persons = [PersonPool[random.Next(PersonPool.Length)]];
            }

            // A third dimension half the time: with three, a collector matched to the wrong dimension shows in most orders.
            DateFilter? date = random.Next(2) == 0 ? null : new DateFilter(ArticleDate.Parse("2021-06"), ArticleDate.Parse("2023-03"));
            var request = new NewsSearchRequest(random.Next(2) == 0 ? string.Empty : "havvind OR windpark") { Persons = persons, Organizations = organizations, Date = date, Size = 100 };
            NewsFacetedResponse result = index.SearchWithFacets(request, ["person", "organization"]);
            string because = $"seed {seed}, round {round}: persons [{string.Join(", ", persons)}], organizations [{string.Join(", ", organizations)}], date {date}, query '{request.Query}'";

            bool Text(Article a) => request.Query.Length == 0 || a.Title.EndsWith("havvind", StringComparison.Ordinal) || a.Title.EndsWith("windpark", StringComparison.Ordinal);
            bool ByPerson(Article a) => persons.Length == 0 || a.Persons.Intersect(persons).Any();
            bool ByOrganization(Article a) => organizations.Length == 0 || a.Organizations.Intersect(organizations).Any();
            bool ByDate(Article a) => date is null || (a.Date!.Value.SortKey >= date.LowerKey && a.Date!.Value.SortKey <= date.UpperKey);
            List<Article> hits = [.. articles.Where(a => Text(a) && ByPerson(a) && ByOrganization(a) && ByDate(a))];
            Assert.True(hits.Count == result.Response.Total, because);
            Assert.True(Counts(hits, a => a.Persons).SequenceEqual(Pairs(result.Counts("person", sideways: false))), because + " (person, drill-down)");
            Assert.True(Counts(articles.Where(a => Text(a) && ByOrganization(a) && ByDate(a)), a => a.Persons).SequenceEqual(Pairs(result.Counts("person", sideways: true))), because + " (person, sideways)");
            Assert.True(Counts(articles.Where(a => Text(a) && ByPerson(a) && ByDate(a)), a => a.Organizations).SequenceEqual(Pairs(result.Counts("organization", sideways: true))), because + " (organization, sideways)");
        }
    }

    [Fact]
    public void SidewaysCountsOfHitsInTheLastOfSeveralSegmentsCarryTheirOwnLabels()
    {
        // The first segment holds other persons and organizations only, so every document a sideways count sees is in
        // the second: its ordinals must still be mapped to the index's labels.
        using NewsIndex index = NewsIndex.Open(Path.Combine(temp.Path, "two-segments"), new NewsIndexOptions { Engine = engine });
        index.Add(new Article("x1", "da", null, "Renten stiger", "Renten stiger igen.", ["Rasmus Bech", "Ida Nørlund"], ["Fjordbanken", "Polderbank"]));
        index.Add(new Article("x2", "nl", null, "Rente stijgt", "De rente stijgt.", ["Hans Wijnberg"], ["Polderbank"]));
        index.Commit();
        index.Add(new Article("y1", "nl", null, "Windpark", "Het windpark.", ["Willem van Straaten"], ["Tweede Kamer"]));
        index.Add(new Article("y2", "nl", null, "Windpark geopend", "Het windpark is open.", ["Willem van Straaten", "Lene Kragh"], ["Vestervind"]));
        index.Add(new Article("y3", "da", null, "Havvind", "Havvind ud for Esbjerg.", ["Lene Kragh"], ["Vestervind"]));
        index.Commit();

        NewsFacetedResponse result = index.SearchWithFacets(new NewsSearchRequest(string.Empty) { Persons = ["Willem van Straaten"], Organizations = ["Vestervind"] }, ["person", "organization"]);

        Assert.Equal(["y2"], result.Response.Hits.Select(h => h.Id));
        Assert.Equal([("Tweede Kamer", 1), ("Vestervind", 1)], Pairs(result.Counts("organization", sideways: true)));
        Assert.Equal([("Lene Kragh", 2), ("Willem van Straaten", 1)], Pairs(result.Counts("person", sideways: true)));
        Assert.Equal([("Lene Kragh", 1), ("Willem van Straaten", 1)], Pairs(result.Counts("person", sideways: false)));
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Article RandomArticle(Random random, int i)
    {
        bool danish = random.Next(2) == 0;
        string word = random.Next(3) == 0 ? (danish ? "havvind" : "windpark") : (danish ? "renten" : "rente");
        return new Article(
            $"a{i:D2}",
            danish ? "da" : "nl",
            ArticleDate.Parse($"202{random.Next(1, 4)}-0{random.Next(1, 10)}"),
            $"Artikel {i} om {word}",
            $"Tekst {i} om {word} og mere.",
            [.. PersonPool.Where(_ => random.Next(4) == 0)],
            [.. OrganizationPool.Where(_ => random.Next(4) == 0)]);
    }

    private static List<(string, int)> Counts(IEnumerable<Article> articles, Func<Article, IReadOnlyList<string>> values) =>
        [.. articles.SelectMany(a => values(a).Distinct())
            .GroupBy(v => v)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2)
            .ThenBy(p => p.Key, Comparer<string>.Create(FacetCounts.CompareLabels))];

    private static List<(string, int)> Pairs(FacetCounts? counts) => counts is null ? [] : [.. counts.GetAll().Select(v => (v.Label, v.Count))];
}

public sealed class DrillSidewaysRandomizedTestsOnNative() : DrillSidewaysRandomizedTests(NewsEngines.Native);

public sealed class DrillSidewaysRandomizedTestsOnLuceneNet() : DrillSidewaysRandomizedTests(NewsEngines.LuceneNet);

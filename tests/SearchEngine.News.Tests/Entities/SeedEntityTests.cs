using SearchEngine.News.Articles;
using SearchEngine.News.Entities;
using SearchEngine.News.Facets;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;
using SearchEngine.Tests;

namespace SearchEngine.News.Tests.Entities;

/// <summary>The two seed articles (one Danish, one Dutch, no entity lists) indexed together: one facet value per person and organization across both languages.</summary>
public sealed class SeedEntityTests : IDisposable
{
    private readonly TempDirectory home = new();

    public void Dispose() => home.Dispose();

    private NewsIndex IndexSeeds()
    {
        string seeds = TestData.RequireShared("seeds");
        NewsIndex index = NewsIndex.Open(Path.Combine(home.Path, "index"));
        foreach (ArticleReadResult result in ArticleReader.Read(seeds))
        {
            Assert.True(result.IsArticle, result.ToString());
            Assert.False(result.Article!.HasGivenPersons);
            index.Add(result.Article);
        }

        index.Commit();
        return index;
    }

    [Theory]
    [InlineData("Tokajev", 2)]
    [InlineData("Nasarbajev", 2)]
    [InlineData("Smailov", 2)]
    [InlineData("Masimov", 1)]
    [InlineData("Mamin", 1)]
    [InlineData("Putin", 1)]
    public void EachSeedPersonIsOneFacetValueCountedInEveryArticleNamingThem(string surname, int articles)
    {
        using NewsIndex index = IndexSeeds();
        IndexStats stats = index.GetStats(topValues: 100);
        string key = NameKey.Of(surname);
        var values = stats.TopPersons.Where(p => NameKey.Of(p.Label).EndsWith(key, StringComparison.Ordinal)).ToList();
        (string value, int count) = Assert.Single(values);
        Assert.Equal(articles, count);
        Assert.Contains(' ', value);
    }

    [Fact]
    public void CstoIsOneOrganizationValueThatBothSeedsCountUnder()
    {
        using NewsIndex index = IndexSeeds();
        IndexStats stats = index.GetStats(topValues: 100);
        Assert.Contains(new LabelAndCount("CSTO", 2), stats.TopOrganizations);
        Assert.DoesNotContain(stats.TopOrganizations, o => o.Label.Contains("Sikkerhedstraktat", StringComparison.Ordinal) || o.Label.Contains("Veiligheid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("person", "Poetin", 1)]
    [InlineData("person", "Vladimir Putin", 1)]
    [InlineData("person", "Nasarbajev", 2)]
    [InlineData("person", "Nursultan Nazarbayev", 2)]
    [InlineData("person", "Tokajev", 2)]
    [InlineData("organization", "Den Kollektive Sikkerhedstraktat Organisation", 2)]
    [InlineData("organization", "Collectieve Veiligheidsverdragsorganisatie", 2)]
    public void FiltersMatchEveryKnownSpelling(string field, string value, int expected)
    {
        using NewsIndex index = IndexSeeds();
        NewsSearchRequest request = field == "person"
            ? new NewsSearchRequest(string.Empty) { Persons = [value] }
            : new NewsSearchRequest(string.Empty) { Organizations = [value] };
        Assert.Equal(expected, index.Search(request).Total);
    }

    [Theory]
    [InlineData("person", "poe", "Vladimir Putin", 1)]
    [InlineData("person", "nasar", "Nursultan Nazarbayev", 2)]
    [InlineData("person", "tokaj", "Kassym-Jomart Tokayev", 2)]
    [InlineData("organization", "kollektive", "CSTO", 2)]
    [InlineData("organization", "veiligheidsverdrag", "CSTO", 2)]
    public void FacetValueSearchFindsAValueThroughItsAliases(string facet, string prefix, string value, int count)
    {
        using NewsIndex index = IndexSeeds();
        Assert.Contains(new LabelAndCount(value, count), index.FindFacetValues(facet, prefix));
    }
}

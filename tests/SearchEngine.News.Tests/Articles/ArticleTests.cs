using SearchEngine.News.Articles;
using SearchEngine.News.Engines;
using SearchEngine.News.Indexing;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Articles;

public sealed class ArticleTests
{
    [Fact]
    public void GivenEntitiesAreTrimmedWithoutEmptiesOrRepeatsInTheirOrder()
    {
        var article = new Article("a", "da", null, "Titel", "Tekst", [" Mette Frederiksen ", "", "Lars", "  ", "Mette Frederiksen", "lars"], ["DR", "DR"]);

        Assert.Equal(["Mette Frederiksen", "Lars", "lars"], article.Persons);
        Assert.Equal(["DR"], article.Organizations);
        Assert.True(article.HasGivenPersons);
        Assert.True(article.HasGivenOrganizations);
    }

    [Theory]
    [InlineData("Anna\u001FHolm", "Anna Holm")]
    [InlineData("Anna\u001EHolm", "Anna Holm")]
    [InlineData("\tAnna Holm\n", "Anna Holm")]
    [InlineData("Anna\0", "Anna")]
    public void ControlCharactersInEntitiesBecomeSpacesSoNoValueHoldsAnIndexSeparator(string given, string kept)
    {
        var article = new Article("a", "da", null, "Titel", "Tekst", [given, "\u001F"], [given]);

        Assert.Equal([kept], article.Persons);
        Assert.Equal([kept], article.Organizations);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void AnArticleWhoseEntitiesHoldSeparatorsIsIndexedOnEveryEngine(string engine)
    {
        using var temp = new TempDirectory();
        using var index = NewsIndex.Open(temp.Path, new NewsIndexOptions { Engine = engine });
        index.Add(new Article("a", "da", null, "Titel", "Tekst om havvind", ["Anna\u001FHolm"], ["Vester\u001Evind"]));
        index.Commit();

        Assert.Equal(["Anna Holm"], index.GetArticle("a")!.Persons);
        Assert.Equal(1, index.Search(new NewsSearchRequest("havvind") { Persons = ["Anna Holm"], Organizations = ["Vester vind"] }).Total);
    }

    public static TheoryData<string> Engines => [.. NewsEngines.Names];

    [Fact]
    public void AbsentEntitiesAreEmptyAndMarkedNotGiven()
    {
        var article = new Article("a", "nl", ArticleDate.Parse("2022-01"), string.Empty, "Tekst", persons: null, organizations: []);

        Assert.Empty(article.Persons);
        Assert.False(article.HasGivenPersons);
        Assert.Empty(article.Organizations);
        Assert.True(article.HasGivenOrganizations);
    }

    [Fact]
    public void TheEntityListsAreCopiedNotShared()
    {
        List<string> persons = ["Anna"];
        var article = new Article("a", "da", null, "T", "B", persons);
        persons.Add("Bo");

        Assert.Equal(["Anna"], article.Persons);
    }

    [Theory]
    [InlineData("", "da", "body")]
    [InlineData("  ", "da", "body")]
    [InlineData("a", "de", "body")]
    [InlineData("a", "DA", "body")]
    [InlineData("a", "", "body")]
    [InlineData("a", "da", "")]
    [InlineData("a", "da", " \n\t ")]
    public void AnArticleNeedsAnIdAKnownLanguageAndABody(string id, string language, string body) =>
        Assert.ThrowsAny<ArgumentException>(() => new Article(id, language, null, "Titel", body));
}

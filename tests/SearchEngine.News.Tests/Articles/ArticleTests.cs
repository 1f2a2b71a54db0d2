using SearchEngine.News.Articles;

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

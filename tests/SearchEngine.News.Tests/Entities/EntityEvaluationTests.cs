using SearchEngine.News.Articles;
using SearchEngine.News.Entities;

namespace SearchEngine.News.Tests.Entities;

public sealed class EntityEvaluationTests
{
    [Theory]
    [InlineData("Tokajevs", "tokajev")]
    [InlineData("FN's", "fn")]
    [InlineData("NATO", "nato")]
    [InlineData("  Poul Schlüter ", "poul schlüter")]
    [InlineData("EFs", "ef")]
    public void MatchKeyLowerCasesAndDropsAGenitive(string value, string expected) => Assert.Equal(expected, EntityEvaluation.MatchKey(value));

    [Fact]
    public void ScoresCountMentionsPerArticleAgainstTheGoldLists()
    {
        // Found: Henning Dyremose, Dyremose (both gold), Socialdemokratiet (gold), and B.T. which the gold lacks;
        // the gold also lists Poul Schlüter, which the text never names, so it is missed.
        var article = new Article(
            "a1",
            "da",
            date: null,
            "Finansloven",
            "Finansminister Henning Dyremose talte med Socialdemokratiet. Dyremose sagde til B.T., at det gik godt.",
            persons: ["Henning Dyremose", "Dyremose", "Poul Schlüter"],
            organizations: ["Socialdemokratiets"]);

        EntityEvaluation evaluation = EntityEvaluation.Run([article], EntityExtractor.Default);

        Assert.Equal(1, evaluation.Articles);
        Assert.Equal(new EntityScore(2, 0, 1), evaluation.Person);
        Assert.Equal(new EntityScore(1, 1, 0), evaluation.Organization);
        Assert.Equal(2.0 / 3, evaluation.Person.Recall, 6);
        Assert.Equal(0.5, evaluation.Organization.Precision, 6);
        Assert.Contains(new EntityMiss("a1", EntityType.Person, "Poul Schlüter", Missing: true), evaluation.Misses);
        Assert.Contains(new EntityMiss("a1", EntityType.Organization, "B.T.", Missing: false), evaluation.Misses);
    }

    [Fact]
    public void ArticlesWithoutGoldListsAreNotScored()
    {
        var article = new Article("a2", "nl", date: null, string.Empty, "Minister Jan Peeters sprak met de VVD.");
        EntityEvaluation evaluation = EntityEvaluation.Run([article], EntityExtractor.Default);
        Assert.Equal(0, evaluation.Articles);
        Assert.Equal(default, evaluation.Person);
    }

    [Fact]
    public void EmptyScoresArePerfectRatherThanUndefined()
    {
        EntityScore none = default;
        Assert.Equal(1, none.Precision);
        Assert.Equal(1, none.Recall);
        Assert.Equal(1, none.F1);
    }
}

using SearchEngine.News.Entities;
using SearchEngine.Tests;

namespace SearchEngine.News.Tests.Entities;

/// <summary>
/// No extracted value names what its article never writes: over every article of the shared corpus (gold lists
/// ignored), no person value and at most 0.5% of all values has none of its words in the title or body.
/// </summary>
public sealed class EntityPhantomTests
{
    [Theory]
    [InlineData("Tokajevs", "Tokajev", false)]
    [InlineData("NATOs styrker", "NATO", false)]
    [InlineData("Han sagde nej.", "Imran Khan", true)]
    [InlineData("Élysée lagde låg på det.", "Elysee", false)]
    public void AValueIsAPhantomWhenNoneOfItsWordsIsWritten(string text, string value, bool phantom) =>
        Assert.Equal(phantom, EntityPhantoms.IsPhantom(value, EntityPhantoms.WordsOf(string.Empty, text)));

    [Fact]
    public void NoPersonValueAndAtMostHalfAPercentOfAllValuesAcrossTheSharedCorpusArePhantoms()
    {
        string corpus = TestData.RequireShared("corpus");
        int values = 0;
        var phantoms = new List<string>();
        foreach (string file in Directory.GetFiles(corpus, "*.jsonl"))
        {
            foreach (News.Entities.Tagging.GoldText article in News.Entities.Tagging.GoldText.Read(file))
            {
                ExtractedEntities found = EntityExtractor.Default.Extract(article.Title, article.Body, article.Language);
                ArticleWords words = EntityPhantoms.WordsOf(article.Title, article.Body);
                foreach (EntityValue person in found.Persons)
                {
                    values++;
                    Assert.False(EntityPhantoms.IsPhantom(person.Value, words), $"{article.Id}: person {person.Value} is not written in the article");
                }

                foreach (EntityValue organization in found.Organizations)
                {
                    values++;
                    if (EntityPhantoms.IsPhantom(organization.Value, words))
                    {
                        phantoms.Add($"{article.Id}: {organization.Value}");
                    }
                }
            }
        }

        Assert.True(values > 5_000, $"only {values} values extracted");
        Assert.True(phantoms.Count <= values / 200, $"{phantoms.Count} of {values} values are phantoms: {string.Join("; ", phantoms.Take(20))}");
    }
}

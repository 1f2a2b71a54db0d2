using SearchEngine.News.Entities.Tagging;

namespace SearchEngine.News.Tests.Entities.Tagging;

public sealed class LexiconTests
{
    [Theory]
    [InlineData("da", "Han", true)]
    [InlineData("da", "Hans", true)]
    [InlineData("da", "Regeringen", true)]
    [InlineData("da", "Mirganjan", false)]
    [InlineData("nl", "Onderwijs", true)]
    [InlineData("nl", "Anders", true)]
    [InlineData("nl", "Verwilghen", false)]
    public void CommonWordsAreKnownInEveryInflection(string language, string word, bool common) =>
        Assert.Equal(common, Lexicon.For(language).IsCommonWord(word));

    [Theory]
    [InlineData("da", "han", true)]
    [InlineData("da", "Hansen", false)]
    [InlineData("nl", "onderwijs", true)]
    public void ExactCommonWordsNeedNoStemming(string language, string word, bool common) =>
        Assert.Equal(common, Lexicon.For(language).IsExactCommonWord(word));

    [Theory]
    [InlineData("da", "Anders", true)]
    [InlineData("da", "Hansen", true)]
    [InlineData("da", "Mirganjan", false)]
    [InlineData("nl", "Anders", true)]
    public void TheDictionaryKnowsNamesSpelledWithACapital(string language, string word, bool name) =>
        Assert.Equal(name, Lexicon.For(language).IsName(word));

    [Fact]
    public void BothDictionariesAreEmbeddedWithTheirWords()
    {
        Assert.True(Lexicon.For("da").CommonCount > 50_000);
        Assert.True(Lexicon.For("nl").CommonCount > 50_000);
    }
}

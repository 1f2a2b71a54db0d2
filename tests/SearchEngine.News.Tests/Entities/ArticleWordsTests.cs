using SearchEngine.News.Entities;

namespace SearchEngine.News.Tests.Entities;

public sealed class ArticleWordsTests
{
    [Theory]
    [InlineData("nato", false, true)]
    [InlineData("nat", false, false)]
    [InlineData("styrker", false, true)]
    [InlineData("elysee", false, true)]
    [InlineData("tokajev", false, false)]
    [InlineData("tokajev", true, true)]
    [InlineData("titel", false, true)]
    [InlineData("titelnato", false, false)]
    [InlineData("ord", false, false)]
    public void AWordIsWrittenWhenItStandsWholeOrWithAGenitiveS(string word, bool orWithS, bool written)
    {
        var words = new ArticleWords("Titel", "NATO-styrker ved Élysée. Tokajevs ordfører");
        Assert.Equal(written, words.Contains(word, orWithS));
    }
}

using SearchEngine.News.Entities;

namespace SearchEngine.News.Tests.Entities;

public sealed class GenitiveTests
{
    [Theory]
    [InlineData("Tokajevs", "Tokajev")]
    [InlineData("FN's", "FN")]
    [InlineData("Bush'", "Bush")]
    [InlineData("Rutte’s", "Rutte")]
    [InlineData("Tokajev", null)]
    [InlineData("Os", null)]
    public void StripRemovesAGenitiveEnding(string name, string? expected) => Assert.Equal(expected, Genitive.Strip(name));

    [Theory]
    [InlineData("EFs", "EF")]
    [InlineData("NATOs", "NATO")]
    [InlineData("B.T.s", "B.T.")]
    [InlineData("FN's", "FN")]
    [InlineData("Hans", null)]
    [InlineData("NATO", null)]
    public void StripAcronymRemovesTheGenitiveOfAnAcronymOnly(string word, string? expected) => Assert.Equal(expected, Genitive.StripAcronym(word));
}

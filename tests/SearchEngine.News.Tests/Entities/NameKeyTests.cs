using SearchEngine.News.Entities;

namespace SearchEngine.News.Tests.Entities;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Nasarbajev", "Nazarbayev")]
    [InlineData("Nursultan Nasarbajev", "Nursultan Nazarbajev")]
    [InlineData("Putin", "Poetin")]
    [InlineData("Kasym-Jomart Tokajev", "Kassym-Jomart Tokayev")]
    [InlineData("Gorbatjov", "Gorbatsjov")]
    [InlineData("Zelenskyj", "Zelenskij")]
    [InlineData("Poul Schlüter", "poul schluter")]
    [InlineData("Khodorkovskij", "Chodorkovskij")]
    public void TransliterationsOfOneNameShareAKey(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Jensen", "Hansen")]
    [InlineData("Putin", "Pütz")]
    [InlineData("Mamin", "Masimov")]
    [InlineData("Jan Peeters", "Jan Peters Jr")]
    public void DifferentNamesKeepDifferentKeys(string a, string b) => Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));

    [Fact]
    public void KeyIgnoresCaseHyphensAndSpaces() => Assert.Equal(NameKey.Of("kasym jomart TOKAJEV"), NameKey.Of("Kasym-Jomart Tokajev"));
}

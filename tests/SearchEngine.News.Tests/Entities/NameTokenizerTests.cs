using SearchEngine.News.Entities;

namespace SearchEngine.News.Tests.Entities;

public sealed class NameTokenizerTests
{
    [Theory]
    [InlineData("siger Kasym-Jomart Tokajev.", "siger|Kasym-Jomart|Tokajev")]
    [InlineData("ifølge B.T.s oplysninger", "ifølge|B.T.s|oplysninger")]
    [InlineData("CD&V en A/S Vestas", "CD&V|en|A/S|Vestas")]
    [InlineData("Massimo D'Alema's partij", "Massimo|D'Alema's|partij")]
    [InlineData("CSTO-styrken rykker ud", "CSTO-styrken|rykker|ud")]
    [InlineData("\"Ud med den gamle mand\"", "Ud|med|den|gamle|mand")]
    public void TokenizerKeepsThePiecesOfANameTogether(string text, string expected)
    {
        string words = string.Join('|', NameTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal(expected, words);
    }

    [Fact]
    public void SentenceStartsAfterStopsLineBreaksAndColonsButNotAfterAbbreviations()
    {
        const string text = "Han kom. Det regnede\nHer er hr. Jensen og J. Smith: Vi går";
        List<NameToken> tokens = NameTokenizer.Tokenize(text);
        string starts = string.Join('|', tokens.Where(t => t.SentenceStart).Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal("Han|Det|Her|Vi", starts);
    }

    [Fact]
    public void AllCapitalHeadingLinesAreMarked()
    {
        const string text = "NEDSAT MOMS\nDen nye moms";
        List<NameToken> tokens = NameTokenizer.Tokenize(text);
        Assert.True(tokens[0].LineIsUpperCase);
        Assert.True(tokens[1].LineIsUpperCase);
        Assert.False(tokens[2].LineIsUpperCase);
    }
}

using SearchEngine.News.Facets;

namespace SearchEngine.News.Tests.Facets;

public sealed class FacetFoldingTests
{
    [Theory]
    [InlineData("Poul Schlüter", "poul schluter")]
    [InlineData("SCHLÜTER", "schluter")]
    [InlineData("Schlu\u0308ter", "schluter")]
    [InlineData("ØRSTED", "orsted")]
    [InlineData("Søren Østergaard", "soren ostergaard")]
    [InlineData("Ærø", "aero")]
    [InlineData("Åse Ågård", "ase agard")]
    [InlineData("Straße", "strasse")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Ĳssel", "ijssel")]
    [InlineData("Þór", "thor")]
    [InlineData("Łódź Żak", "lodz zak")]
    [InlineData("Ștefan Țiriac", "stefan tiriac")]
    [InlineData("İstanbul Kırık", "istanbul kirik")]
    [InlineData("Dvořák Čapek", "dvorak capek")]
    [InlineData("Zoë D66 Jens-Otto", "zoe d66 jens-otto")]
    [InlineData("2 × 3 ÷ 6", "2 × 3 ÷ 6")]
    [InlineData("ΑΘΉΝΑ", "αθήνα")]
    [InlineData("", "")]
    public void FoldingLowerCasesAndRemovesDiacritics(string text, string folded)
    {
        Assert.Equal(folded, FacetFolding.Fold(text));
    }

    [Fact]
    public void EveryLatinLetterFromU00C0ToU017FFoldsToLowerCaseAscii()
    {
        for (char c = '\u00C0'; c <= '\u017F'; c++)
        {
            if (c is '\u00D7' or '\u00F7')
            {
                continue;
            }

            string folded = FacetFolding.Fold(c.ToString());
            Assert.True(folded.Length is 1 or 2 && folded.All(ch => ch is >= 'a' and <= 'z'), $"U+{(int)c:X4} {c} folds to '{folded}'");
            Assert.Equal(folded, FacetFolding.Fold(char.ToUpperInvariant(c).ToString()));
        }
    }
}
